package com.partnerportal.notifications;

import java.time.Instant;
import java.util.UUID;

/** One email as the outbox keeps it. */
record OutboxEmail(
        UUID id,
        String messageId,
        String kind,
        String recipient,
        String locale,
        String subject,
        String bodyText,
        String bodyHtml,
        boolean sensitive,
        EmailStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt) {

    public boolean contentRemoved() {
        return bodyText == null && bodyHtml == null;
    }
}
