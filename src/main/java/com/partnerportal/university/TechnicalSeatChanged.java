package com.partnerportal.university;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.util.Locale;
import java.util.UUID;

/**
 * A vendor admin gave or took a technical seat (R5.5), typically from a support request, which
 * {@code supportRequest} names when the admin came from one; the user is emailed.
 */
public record TechnicalSeatChanged(
        UUID companyId,
        UUID accountId,
        String email,
        String firstName,
        Locale locale,
        boolean granted,
        String actor,
        String reason,
        UUID supportRequest)
        implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(
                actor,
                granted ? "technical-seat.granted-by-admin" : "technical-seat.released",
                "account",
                accountId.toString(),
                (granted ? "Seat given to " : "Seat taken from ")
                        + email
                        + (reason == null ? "" : ": " + reason)
                        + (supportRequest == null ? "" : " (support request " + supportRequest + ")"));
    }
}
