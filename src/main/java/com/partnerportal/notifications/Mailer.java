package com.partnerportal.notifications;

import com.partnerportal.shared.Locales;
import com.partnerportal.shared.PortalProperties;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts an email in the outbox, in the caller's transaction: if that rolls back, the email never
 * existed. Delivery starts after commit.
 */
@Component
class Mailer {

    /** Published so that the dispatcher starts at once after commit instead of at its next poll. */
    record EmailQueued(UUID id) {}

    private final EmailOutbox outbox;
    private final MailRenderer renderer;
    private final ApplicationEventPublisher events;
    private final String messageIdDomain;

    Mailer(EmailOutbox outbox, MailRenderer renderer, ApplicationEventPublisher events, PortalProperties portal) {
        this.outbox = outbox;
        this.renderer = renderer;
        this.events = events;
        String host = portal.baseUrl().getHost();
        this.messageIdDomain = host == null || host.isBlank() ? "partner-portal.invalid" : host;
    }

    /**
     * @param sensitive the email holds a single-use link: its content is removed once delivered
     */
    @Transactional
    UUID queue(String kind, String recipient, Locale locale, Map<String, ?> variables, boolean sensitive) {
        Locale language = Locales.supported(locale);
        var rendered = renderer.render(kind, language, variables);
        UUID id = UUID.randomUUID();
        outbox.add(new OutboxEmail(
                id,
                "<" + id + "@" + messageIdDomain + ">",
                kind,
                recipient,
                language.getLanguage(),
                rendered.subject(),
                rendered.text(),
                rendered.html(),
                sensitive,
                EmailStatus.PENDING,
                0,
                null,
                null,
                null,
                null));
        events.publishEvent(new EmailQueued(id));
        return id;
    }
}
