package com.partnerportal.university;

import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/** A user got one of their company's technical seats (R5.2): at first launch, or from a vendor admin. */
public record TechnicalSeatGranted(UUID companyId, UUID accountId, int seatNumber, String grantedBy)
        implements AuditableEvent {

    @Override
    public String actor() {
        return grantedBy;
    }

    @Override
    public String action() {
        return "technical-seat.granted";
    }

    @Override
    public String targetType() {
        return "account";
    }

    @Override
    public String targetId() {
        return accountId.toString();
    }

    @Override
    public String details() {
        return "Seat " + seatNumber + " of company " + companyId;
    }
}
