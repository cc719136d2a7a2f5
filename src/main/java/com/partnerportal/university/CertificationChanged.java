package com.partnerportal.university;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/** A vendor admin defined a certification (R5.6). */
public record CertificationChanged(String actor, UUID certificationId, String details) implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(actor, "certification.changed", "certification", certificationId.toString(), details);
    }
}
