package com.partnerportal.notifications;

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

    record EmailResent(String actor, UUID emailId, String recipient) implements AuditableEvent {
        @Override
        public String action() {
            return "email.resent";
        }

        @Override
        public String targetType() {
            return "email";
        }

        @Override
        public String targetId() {
            return emailId.toString();
        }

        @Override
        public String details() {
            return "Failed email to " + recipient + " queued again";
        }
    }

    record TestEmailSent(String actor, UUID emailId, String recipient) implements AuditableEvent {
        @Override
        public String action() {
            return "email.test-sent";
        }

        @Override
        public String targetType() {
            return "email";
        }

        @Override
        public String targetId() {
            return emailId.toString();
        }

        @Override
        public String details() {
            return "Test email queued for " + recipient;
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
        events.publishEvent(new EmailResent(actor, id, email.recipient()));
        events.publishEvent(new Mailer.EmailQueued(id));
        return true;
    }

    @Transactional
    UUID sendTest(String recipient, Locale locale, String actor) {
        String address = EmailAddress.parse(recipient).value();
        UUID id = mailer.queue("test", address, locale, Map.of("requestedBy", actor), false);
        events.publishEvent(new TestEmailSent(actor, id, address));
        return id;
    }
}
