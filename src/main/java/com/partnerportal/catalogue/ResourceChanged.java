package com.partnerportal.catalogue;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/** A vendor admin created, edited, published, retired a resource or replaced its file (R6.1). */
record ResourceChanged(String actor, UUID resourceId, String details) implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(actor, "resource.changed", "resource", resourceId.toString(), details);
    }
}
