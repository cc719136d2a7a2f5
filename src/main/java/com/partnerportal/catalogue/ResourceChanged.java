package com.partnerportal.catalogue;

import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/** A vendor admin created, edited, published, retired a resource or replaced its file (R6.1). */
record ResourceChanged(String actor, UUID resourceId, String details) implements AuditableEvent {

    @Override
    public String action() {
        return "resource.changed";
    }

    @Override
    public String targetType() {
        return "resource";
    }

    @Override
    public String targetId() {
        return resourceId.toString();
    }
}
