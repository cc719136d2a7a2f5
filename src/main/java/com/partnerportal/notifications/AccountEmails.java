package com.partnerportal.notifications;

import com.partnerportal.accounts.AccountInvited;
import com.partnerportal.accounts.AccountSignedOn;
import com.partnerportal.accounts.PasskeyChanged;
import com.partnerportal.accounts.PasswordChanged;
import com.partnerportal.accounts.PasswordResetForSignOn;
import com.partnerportal.accounts.PasswordResetRequested;
import com.partnerportal.shared.PortalProperties;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The emails about a user's credentials (R3.7, R4.3). Listeners run in the publisher's
 * transaction, so the email is stored with the change or not at all.
 */
@Component
class AccountEmails {

    private final Mailer mailer;
    private final PortalProperties portal;

    AccountEmails(Mailer mailer, PortalProperties portal) {
        this.mailer = mailer;
        this.portal = portal;
    }

    @EventListener
    void on(AccountInvited invited) {
        mailer.queue(
                "access-granted",
                invited.email(),
                invited.locale(),
                Map.of(
                        "firstName", invited.firstName(),
                        "username", invited.email(),
                        "link", invited.activationLink(),
                        "expiresAt", invited.linkExpiresAt()),
                true);
    }

    /** Each partner administrator of the company learns who joined by signing on (R11.2). */
    @EventListener
    void on(AccountSignedOn signedOn) {
        for (var administrator : signedOn.administrators()) {
            mailer.queue(
                    "colleague-signed-on",
                    administrator.email(),
                    administrator.locale(),
                    Map.of(
                            "firstName", administrator.firstName(),
                            "colleague", signedOn.displayName(),
                            "colleagueEmail", signedOn.email(),
                            "link", portal.link("/company")),
                    false);
        }
    }

    @EventListener
    void on(PasswordResetRequested requested) {
        mailer.queue(
                "password-reset",
                requested.email(),
                requested.locale(),
                Map.of(
                        "firstName", requested.firstName(),
                        "link", requested.resetLink(),
                        "expiresAt", requested.linkExpiresAt()),
                true);
    }

    /** No password to reset: the company signs its users in with its identity provider (R11.2). */
    @EventListener
    void on(PasswordResetForSignOn requested) {
        mailer.queue(
                "password-sso",
                requested.email(),
                requested.locale(),
                Map.of("firstName", requested.firstName(), "link", requested.loginLink()),
                false);
    }

    @EventListener
    void on(PasswordChanged changed) {
        mailer.queue(
                "password-changed",
                changed.email(),
                changed.locale(),
                Map.of("firstName", changed.firstName(), "how", changed.how().name()),
                false);
    }

    @EventListener
    void on(PasskeyChanged changed) {
        mailer.queue(
                "passkey-changed",
                changed.email(),
                changed.locale(),
                Map.of("firstName", changed.firstName(), "label", changed.label(), "added", changed.added()),
                false);
    }
}
