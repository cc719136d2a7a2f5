package com.partnerportal.support.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A support request as pages and emails show it. */
public record SupportRequest(
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

    /** After the requester writes: a request waiting for them, or one already closed, is worked on again. */
    public Optional<Status> afterRequesterMessage() {
        return status == Status.WAITING_FOR_REQUESTER || !open() ? Optional.of(Status.IN_PROGRESS) : Optional.empty();
    }

    /** A new request that a vendor admin takes is in progress. */
    public Optional<Status> afterAssignment() {
        return status == Status.NEW ? Optional.of(Status.IN_PROGRESS) : Optional.empty();
    }

    /**
     * A vendor admin sets the status: any of {@link Status#SETTABLE}, never back to waiting for a
     * confirmation that only the visitor's link gives.
     *
     * @return the new status, or empty when the request has it already
     * @throws StatusNotSettableException for a status an admin does not set
     */
    public Optional<Status> changedTo(Status next) {
        if (!Status.SETTABLE.contains(next)) {
            throw new StatusNotSettableException(next);
        }
        return next == status ? Optional.empty() : Optional.of(next);
    }

    public static class StatusNotSettableException extends IllegalArgumentException {
        StatusNotSettableException(Status status) {
            super("Not a status an admin sets: " + status);
        }
    }
}
