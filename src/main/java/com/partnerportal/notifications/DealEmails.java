package com.partnerportal.notifications;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.deals.DealChanged;
import com.partnerportal.shared.Locales;
import com.partnerportal.shared.PortalProperties;
import java.util.HashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** R9.7: the registrant hears of every change to their registration that someone else made, in their language. */
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
            model.put("reason", changed.reason() == null ? "" : changed.reason());
            model.put("link", portal.link("/deals/" + changed.dealId()));
            model.put("reference", changed.customerName());
            model.put("subject", model.get("statusLabel"));
            mailer.queue("deal-changed", registrant.email(), locale, model, false);
        });
    }
}
