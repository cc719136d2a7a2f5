package com.partnerportal.university;

import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/** A vendor admin defined a certification (R5.6). */
public record CertificationChanged(String actor, UUID certificationId, String details) implements AuditableEvent {

    @Override
    public String action() {
        return "certification.changed";
    }

    @Override
    public String targetType() {
        return "certification";
    }

    @Override
    public String targetId() {
        return certificationId.toString();
    }
}
