package com.partnerportal.registration;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.util.Locale;
import java.util.UUID;

/**
 * An access request was submitted and decided, automatically or by a reviewer (R3.6–R3.9). The
 * applicant is emailed: under review, or rejected (why, and whom to contact). Approvals email the
 * access itself through the accounts module. {@code distributorId}: the distributor the request was
 * made through (its webhooks hear of it, R12.1).
 */
public record AccessRequestDecided(
        UUID requestId,
        String email,
        String firstName,
        Locale locale,
        String distributorName,
        String status,
        String reasonCode,
        boolean contactVendor,
        String reviewerNote,
        String actor,
        UUID distributorId)
        implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(
                actor,
                "access-request." + status.toLowerCase(Locale.ROOT).replace('_', '-'),
                "access-request",
                requestId.toString(),
                email + " via " + distributorName + ": " + reasonCode
                        + (reviewerNote == null ? "" : " — " + reviewerNote));
    }

    public boolean underReview() {
        return "UNDER_REVIEW".equals(status);
    }

    public boolean rejected() {
        return "REJECTED".equals(status);
    }
}
