package com.partnerportal.notifications;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import com.partnerportal.shared.EmailAddress;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What vendor admins do with the outbox: browse it, resend a failed email, send a test email. */
@Service
@PreAuthorize("hasRole('VENDOR_ADMIN')")
class EmailAdministration {

    static final int PAGE_SIZE = 50;

    /** A vendor admin's action on the outbox, for the audit trail. */
    record EmailAdminAction(String actor, String action, UUID emailId, String details) implements AuditableEvent {
        @Override
        public AuditEntry audit() {
            return new AuditEntry(actor, action, "email", emailId.toString(), details);
        }
    }

    private final EmailOutbox outbox;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;

    EmailAdministration(EmailOutbox outbox, Mailer mailer, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.events = events;
    }

    EmailOutbox.Page page(EmailStatus status, String recipient, int page) {
        return outbox.page(status, recipient, Math.max(page, 0), PAGE_SIZE);
    }

    Optional<OutboxEmail> find(UUID id) {
        return outbox.find(id);
    }

    /** @return false when the email does not exist or has not failed */
    @Transactional
    boolean resend(UUID id, String actor) {
        var email = outbox.find(id).orElse(null);
        if (email == null || !outbox.requeueFailed(id)) {
            return false;
        }
        events.publishEvent(new EmailAdminAction(
                actor, "email.resent", id, "Failed email to " + email.recipient() + " queued again"));
        events.publishEvent(new Mailer.EmailQueued(id));
        return true;
    }

    @Transactional
    UUID sendTest(String recipient, Locale locale, String actor) {
        String address = EmailAddress.parse(recipient).value();
        UUID id = mailer.queue("test", address, locale, Map.of("requestedBy", actor), false);
        events.publishEvent(new EmailAdminAction(actor, "email.test-sent", id, "Test email queued for " + address));
        return id;
    }
}
