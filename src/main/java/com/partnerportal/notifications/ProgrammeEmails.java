package com.partnerportal.notifications;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.partners.Partners;
import com.partnerportal.programme.CompanyLevelChanged;
import com.partnerportal.shared.DateDisplay;
import com.partnerportal.shared.Locales;
import com.partnerportal.shared.PortalProperties;
import java.util.HashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * R10.2, R10.3: a company's users hear, in their language, that it reached a level, and that a
 * downgrade is coming (when it is announced and 14 days before its day).
 */
@Component
class ProgrammeEmails {

    private final Mailer mailer;
    private final Accounts accounts;
    private final Partners partners;
    private final PortalProperties portal;
    private final DateDisplay dates;

    ProgrammeEmails(Mailer mailer, Accounts accounts, Partners partners, PortalProperties portal, DateDisplay dates) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.partners = partners;
        this.portal = portal;
        this.dates = dates;
    }

    @EventListener
    void on(CompanyLevelChanged changed) {
        // A company's first placement is no news; from a level to another is.
        if (!changed.change().emailed()
                || changed.from() == null && changed.change() == CompanyLevelChanged.Change.REACHED) {
            return;
        }
        var company = partners.company(changed.companyId()).orElse(null);
        if (company == null) {
            return;
        }
        boolean reached = changed.change() == CompanyLevelChanged.Change.REACHED;
        for (var user : accounts.usersOf(changed.companyId())) {
            if (!user.enabled() || !user.activated()) {
                continue;
            }
            var locale = Locales.supported(user.locale());
            var model = new HashMap<String, Object>();
            model.put("name", user.firstName() == null ? "" : user.firstName());
            model.put("company", company.name());
            model.put("reference", company.name());
            model.put("level", changed.to() == null ? "—" : changed.toName(locale));
            model.put("from", changed.fromName(locale));
            model.put("seats", company.technicalSeatLimit());
            model.put("days", company.dealProtectionDays());
            model.put("link", portal.link("/programme"));
            model.put("subject", reached ? changed.toName(locale) : dates.date(changed.effectiveOn(), locale));
            mailer.queue(reached ? "level-reached" : "level-downgrade", user.email(), locale, model, false);
        }
    }
}
