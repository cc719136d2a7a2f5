package com.partnerportal.university;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The University's courses, as other modules and the demo data add them (R5.1). */
@Service
public class Courses {

    private final Catalogue catalogue;

    Courses(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Transactional
    public UUID publish(
            String slug,
            Track track,
            String titleEn,
            String titleFr,
            String summaryEn,
            String summaryFr,
            int durationMinutes) {
        var course =
                new Course(UUID.randomUUID(), slug, track, titleEn, titleFr, summaryEn, summaryFr, durationMinutes);
        catalogue.add(course);
        return course.id();
    }
}
