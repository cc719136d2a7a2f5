package com.partnerportal.university;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/** A user got one of their company's technical seats (R5.2): at first launch, or from a vendor admin. */
public record TechnicalSeatGranted(UUID companyId, UUID accountId, int seatNumber, String grantedBy)
        implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(
                grantedBy,
                "technical-seat.granted",
                "account",
                accountId.toString(),
                "Seat " + seatNumber + " of company " + companyId);
    }
}
