package com.partnerportal.notifications;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.deals.DealChanged;
import com.partnerportal.shared.Locales;
import com.partnerportal.shared.PortalProperties;
import java.util.HashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * R9.5, R9.7: the registrant hears of every change to their registration that someone else made,
 * and 14 and 3 days before its protection ends, in their language.
 */
@Component
class DealEmails {

    private final Mailer mailer;
    private final Accounts accounts;
    private final PortalProperties portal;
    private final MessageSource messages;

    DealEmails(Mailer mailer, Accounts accounts, PortalProperties portal, MessageSource messages) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.portal = portal;
        this.messages = messages;
    }

    @EventListener
    void on(DealChanged changed) {
        if (!changed.tellsRegistrant()) {
            return;
        }
        accounts.findByEmail(changed.registrant()).ifPresent(registrant -> {
            var locale = Locales.supported(registrant.locale());
            var model = new HashMap<String, Object>();
            model.put("name", registrant.firstName() == null ? "" : registrant.firstName());
            model.put("customer", changed.customerName());
            model.put("statusLabel", messages.getMessage("deals.status." + changed.status(), null, locale));
            model.put("changeLabel", messages.getMessage("deals.change." + changed.change(), null, locale));
            model.put("reason", changed.reason() == null ? "" : changed.reason());
            model.put("link", portal.link("/deals/" + changed.dealId()));
            model.put("reference", changed.customerName());
            boolean reminder = changed.change().startsWith("reminder-");
            model.put(
                    "subject", reminder ? changed.change().substring("reminder-".length()) : model.get("changeLabel"));
            mailer.queue(reminder ? "deal-reminder" : "deal-changed", registrant.email(), locale, model, false);
        });
    }
}
