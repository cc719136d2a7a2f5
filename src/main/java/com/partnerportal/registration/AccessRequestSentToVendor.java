package com.partnerportal.registration;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/**
 * A distributor reviewer approved an applicant into a new company whose domain another company
 * holds: only the vendor may let two companies share a domain (R2.1), so the request went to the
 * vendor's queue (R3.5a, R3.8).
 */
public record AccessRequestSentToVendor(String actor, UUID requestId, String email, String domain)
        implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(
                actor,
                "access-request.sent-to-vendor",
                "access-request",
                requestId.toString(),
                email + ": a new company for " + domain + ", which another company holds");
    }
}
