package com.partnerportal.university;

import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/** A vendor admin created or changed a course (R5.1). */
public record CourseChanged(String actor, UUID courseId, String details) implements AuditableEvent {

    @Override
    public String action() {
        return "course.changed";
    }

    @Override
    public String targetType() {
        return "course";
    }

    @Override
    public String targetId() {
        return courseId.toString();
    }
}
