package com.partnerportal.audit;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes every audited change, in its transaction, and the login security events (R3.9). */
@Component
class AuditListener {

    private final AuditLog log;

    AuditListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AuditableEvent event) {
        AuditEntry entry = event.audit();
        log.append(entry.actor(), entry.action(), entry.targetType(), entry.targetId(), entry.details());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        String who = event.getAuthentication().getName();
        log.append(who, "login.succeeded", "account", who, null);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getName());
        log.append(
                "anonymous",
                "login.failed",
                "account",
                attempted,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        String who = event.getAuthentication().getName();
        log.append(who, "logout", "account", who, null);
    }
}
