package com.partnerportal.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers the outbox over SMTP: at once after the commit that queued an email, and by a poll
 * that picks up whatever is due (retries, emails left by an instance that stopped). Emails are
 * claimed with a lease, so instances never send the same one at the same time; each keeps its
 * Message-ID across attempts so that a receiver can tell a retry from a new email.
 */
@Component
class EmailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EmailDispatcher.class);

    private final EmailOutbox outbox;
    private final JavaMailSenderImpl sender;
    private final NotificationsProperties properties;
    private final Executor executor;
    private final AtomicBoolean running = new AtomicBoolean();

    EmailDispatcher(
            EmailOutbox outbox,
            JavaMailSenderImpl sender,
            NotificationsProperties properties,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this.outbox = outbox;
        this.sender = sender;
        this.properties = properties;
        this.executor = executor;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onQueued(Mailer.EmailQueued queued) {
        executor.execute(this::deliverDue);
    }

    @Scheduled(
            fixedDelayString = "${portal.mail.poll-interval:5s}",
            initialDelayString = "${portal.mail.poll-interval:5s}")
    void poll() {
        deliverDue();
    }

    /** Sends every due email, batch after batch; one run at a time in this instance. */
    void deliverDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            var batch = outbox.claimDue(properties.batchSize(), properties.lease());
            while (!batch.isEmpty()) {
                batch.forEach(this::deliver);
                batch = outbox.claimDue(properties.batchSize(), properties.lease());
            }
        } catch (RuntimeException e) {
            log.warn("Email delivery stopped early: {}", e.toString());
        } finally {
            running.set(false);
        }
    }

    private void deliver(OutboxEmail email) {
        try {
            sender.send(toMimeMessage(email));
            outbox.markSent(email.id());
            log.info("Email {} ({}) delivered at attempt {}", email.id(), email.kind(), email.attempts());
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            boolean giveUp = email.attempts() >= properties.maxAttempts();
            Instant next = Instant.now().plus(properties.waitAfterFailure(email.attempts()));
            outbox.markAttemptFailed(email.id(), rootMessage(e), next, giveUp);
            log.warn(
                    "Email {} ({}) attempt {} failed{}: {}",
                    email.id(),
                    email.kind(),
                    email.attempts(),
                    giveUp ? ", giving up" : ", will retry",
                    rootMessage(e));
        }
    }

    private MimeMessage toMimeMessage(OutboxEmail email) throws MessagingException, UnsupportedEncodingException {
        var message = new StableIdMessage(sender.getSession(), email.messageId());
        var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(properties.from(), properties.fromName(), StandardCharsets.UTF_8.name()));
        helper.setTo(email.recipient());
        helper.setSubject(email.subject());
        helper.setText(email.bodyText(), email.bodyHtml());
        message.setHeader("Content-Language", email.locale());
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** A message whose Message-ID is the one stored in the outbox, not a new one per attempt. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
