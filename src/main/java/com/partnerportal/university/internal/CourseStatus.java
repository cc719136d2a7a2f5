package com.partnerportal.university.internal;

import java.util.Optional;

/** Where a course stands (R5.1): learners see published courses only. */
public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    RETIRED;

    /** The status a form names, if it names one. */
    public static Optional<CourseStatus> named(String name) {
        return com.partnerportal.shared.Choices.named(CourseStatus.class, name);
    }
}
