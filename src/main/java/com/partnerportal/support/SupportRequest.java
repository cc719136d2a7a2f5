package com.partnerportal.support;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A support request as pages and emails show it. */
record SupportRequest(
        UUID id,
        long number,
        Category category,
        String subject,
        Status status,
        UUID requesterAccountId,
        String requesterEmail,
        String requesterName,
        Locale requesterLocale,
        UUID companyId,
        String assignee,
        Instant createdAt,
        Instant updatedAt) {

    public String reference() {
        return "#" + number;
    }

    public boolean open() {
        return status != Status.RESOLVED && status != Status.CLOSED;
    }
}
