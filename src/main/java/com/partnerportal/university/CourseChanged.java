package com.partnerportal.university;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/** A vendor admin created or changed a course (R5.1). */
public record CourseChanged(String actor, UUID courseId, String details) implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(actor, "course.changed", "course", courseId.toString(), details);
    }
}
