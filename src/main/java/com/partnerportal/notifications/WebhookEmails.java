package com.partnerportal.notifications;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.shared.Locales;
import com.partnerportal.shared.PortalProperties;
import com.partnerportal.webhooks.WebhookEndpointDisabled;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever added a webhook endpoint that it was switched off after failing for days (R12.1). */
@Component
class WebhookEmails {

    private final Mailer mailer;
    private final Accounts accounts;
    private final PortalProperties portal;

    WebhookEmails(Mailer mailer, Accounts accounts, PortalProperties portal) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.portal = portal;
    }

    @EventListener
    void on(WebhookEndpointDisabled disabled) {
        var owner = accounts.findByEmail(disabled.owner());
        mailer.queue(
                "webhook-disabled",
                disabled.owner(),
                owner.map(account -> account.locale()).orElse(Locales.ENGLISH),
                Map.of("url", disabled.url(), "link", portal.link(disabled.pagePath())),
                false);
    }
}
