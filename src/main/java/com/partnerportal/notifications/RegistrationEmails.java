package com.partnerportal.notifications;

import com.partnerportal.registration.AccessRequestDecided;
import com.partnerportal.shared.PortalProperties;
import java.util.HashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The applicant's emails (R3.2, R3.6): under review; refused for a free or disposable address;
 * not accepted, with whom to contact. Access granted is the accounts module's invitation.
 */
@Component
class RegistrationEmails {

    private final Mailer mailer;
    private final PortalProperties portal;

    RegistrationEmails(Mailer mailer, PortalProperties portal) {
        this.mailer = mailer;
        this.portal = portal;
    }

    @EventListener
    void on(AccessRequestDecided decided) {
        String kind;
        if (decided.underReview()) {
            kind = "request-under-review";
        } else if (decided.rejected()) {
            kind = decided.contactVendor() ? "request-rejected-vendor" : "request-rejected-public";
        } else {
            return;
        }
        var model = new HashMap<String, Object>();
        model.put("firstName", decided.firstName() == null ? "" : decided.firstName());
        model.put("distributorName", decided.distributorName());
        model.put("reasonCode", decided.reasonCode());
        model.put("note", LinkFreeText.of(decided.reviewerNote()));
        // R7.1: a refused applicant has no account, yet can ask for help.
        model.put("supportLink", portal.link("/support/new?category=REGISTRATION_REJECTED"));
        mailer.queue(kind, decided.email(), decided.locale(), model, false);
    }
}
