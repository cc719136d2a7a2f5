package com.partnerportal.notifications;

import com.partnerportal.shared.Locales;
import com.partnerportal.shared.PortalProperties;
import com.partnerportal.support.SupportEvents;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Support emails (R7.1): the visitor's confirmation link; to the requester on creation, each
 * public reply and each status change; to the vendor team on a new request and on the requester's
 * replies (to the assignee when there is one).
 */
@Component
class SupportEmails {

    private final Mailer mailer;
    private final NotificationsProperties properties;
    private final PortalProperties portal;
    private final MessageSource messages;

    SupportEmails(Mailer mailer, NotificationsProperties properties, PortalProperties portal, MessageSource messages) {
        this.mailer = mailer;
        this.properties = properties;
        this.portal = portal;
        this.messages = messages;
    }

    @EventListener
    void on(SupportEvents.ConfirmationRequested requested) {
        var model = model(requested.about(), requested.confirmLink());
        mailer.queue(
                "support-confirm",
                requested.about().requesterEmail(),
                requested.about().locale(),
                model,
                true);
    }

    @EventListener
    void on(SupportEvents.Accepted accepted) {
        var about = accepted.about();
        var model = model(about, requesterLink(about));
        model.put("description", accepted.description());
        mailer.queue("support-received", about.requesterEmail(), about.locale(), model, false);
        if (hasVendorTeam()) {
            var team = model(about, portal.link("/admin/support/" + about.requestId()));
            team.put("description", accepted.description());
            team.put("requester", about.requesterName() + " <" + about.requesterEmail() + ">");
            mailer.queue("support-new", properties.vendorTeam(), Locales.ENGLISH, team, false);
        }
    }

    @EventListener
    void on(SupportEvents.Replied replied) {
        var about = replied.about();
        var model = model(about, requesterLink(about));
        model.put("body", replied.body());
        mailer.queue("support-reply", about.requesterEmail(), about.locale(), model, false);
    }

    @EventListener
    void on(SupportEvents.StatusChanged changed) {
        var about = changed.about();
        var model = model(about, requesterLink(about));
        model.put(
                "statusLabel",
                messages.getMessage("support.status." + changed.status(), null, Locales.supported(about.locale())));
        mailer.queue("support-status", about.requesterEmail(), about.locale(), model, false);
    }

    @EventListener
    void on(SupportEvents.RequesterReplied replied) {
        String to = replied.assignee() != null ? replied.assignee() : hasVendorTeam() ? properties.vendorTeam() : null;
        if (to == null) {
            return;
        }
        var about = replied.about();
        var model = model(about, portal.link("/admin/support/" + about.requestId()));
        model.put("body", replied.body());
        model.put("requester", about.requesterName() + " <" + about.requesterEmail() + ">");
        mailer.queue("support-requester-replied", to, Locales.ENGLISH, model, false);
    }

    private Map<String, Object> model(SupportEvents.About about, String link) {
        var model = new HashMap<String, Object>();
        model.put("name", about.requesterName() == null ? "" : about.requesterName());
        model.put("reference", "#" + about.number());
        model.put("subject", about.subject());
        model.put("link", link == null ? "" : link);
        return model;
    }

    /** Users follow their request in the portal; a visitor has no account, so the email says it all. */
    private String requesterLink(SupportEvents.About about) {
        return about.requesterHasAccount() ? portal.link("/support/requests/" + about.requestId()) : null;
    }

    private boolean hasVendorTeam() {
        return properties.vendorTeam() != null && !properties.vendorTeam().isBlank();
    }
}
