package com.partnerportal.support;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import com.partnerportal.support.internal.Category;
import com.partnerportal.support.internal.Status;
import com.partnerportal.support.internal.SupportRequest;
import java.util.Locale;
import java.util.UUID;

/** What the support module tells others: the notifications module emails on each (R7.1). */
public final class SupportEvents {

    private SupportEvents() {}

    /** Who a request is from and what it is, as every email about it needs. */
    public record About(
            UUID requestId,
            long number,
            String subject,
            Category category,
            String requesterEmail,
            String requesterName,
            Locale locale,
            boolean requesterHasAccount) {

        public static About of(SupportRequest request) {
            return new About(
                    request.id(),
                    request.number(),
                    request.subject(),
                    request.category(),
                    request.requesterEmail(),
                    request.requesterName(),
                    request.requesterLocale(),
                    request.requesterAccountId() != null);
        }
    }

    /** A visitor must confirm their address before the request reaches the queue; the link is single-use. */
    public record ConfirmationRequested(About about, String confirmLink) {}

    /** A request reached the vendor's queue: created by a user, or confirmed by its visitor. */
    public record Accepted(About about, String description) {}

    /** The vendor answered the requester. */
    public record Replied(About about, String author, String body) {}

    /** The requester added to their request; the assignee, or the vendor team, is told. */
    public record RequesterReplied(About about, String assignee, String body) {}

    /** The request's status changed. */
    public record StatusChanged(About about, Status status) {}

    /** A vendor admin acted on a request: assigned, answered, noted, changed its status, acted from it. */
    public record Changed(String actor, UUID requestId, long number, String details) implements AuditableEvent {

        @Override
        public AuditEntry audit() {
            return new AuditEntry(
                    actor,
                    "support-request.changed",
                    "support-request",
                    requestId.toString(),
                    "#" + number + ": " + details);
        }
    }
}
