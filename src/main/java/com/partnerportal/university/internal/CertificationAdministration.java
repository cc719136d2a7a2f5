package com.partnerportal.university.internal;

import com.partnerportal.shared.Choices;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.university.CertificationChanged;
import com.partnerportal.university.Track;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vendor admins define, edit and retire certifications: a track and the courses that earn it (R5.6); audited. */
@Service
@PreAuthorize("hasRole('VENDOR_ADMIN')")
public class CertificationAdministration {

    /**
     * A certification as the admin forms send it; {@code course} is every course ticked. Checked here, not by Bean
     * Validation, since the slug's uniqueness and the courses' state need the database.
     */
    public record CertificationForm(
            String slug, String track, String titleEn, String titleFr, String status, List<String> course)
            implements Serializable {

        /** The new-certification form, empty. */
        public static CertificationForm blank() {
            return new CertificationForm(
                    "", Track.FOUNDATION.name(), "", "", CertificationStatus.ACTIVE.name(), List.of());
        }

        /** The edit form, filled with the certification as it is. */
        public static CertificationForm of(Certifications.Certification certification) {
            return new CertificationForm(
                    certification.slug(),
                    certification.track().name(),
                    certification.titleEn(),
                    certification.titleFr(),
                    certification.status().name(),
                    certification.courseIds().stream().map(UUID::toString).toList());
        }

        String text(String value) {
            return value == null ? "" : value.strip();
        }
    }

    /** A published course as a certification's form offers it: its id and the name shown beside its box. */
    public record CourseChoice(UUID id, String name) {}

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final Certifications certifications;
    private final CourseStore courseStore;
    private final ApplicationEventPublisher events;

    public CertificationAdministration(
            Certifications certifications, CourseStore courseStore, ApplicationEventPublisher events) {
        this.certifications = certifications;
        this.courseStore = courseStore;
        this.events = events;
    }

    public List<Certifications.Certification> certifications() {
        return certifications.all();
    }

    public Certifications.Certification certification(UUID id) {
        return certifications.all().stream()
                .filter(certification -> certification.id().equals(id))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    public List<Course> courses() {
        return courseStore.published();
    }

    /** @throws FormRefusedException when a field is missing or wrong */
    @Transactional
    public UUID create(CertificationForm form, String actor) {
        Map<String, String> problems = new LinkedHashMap<>();
        String slug = form.text(form.slug());
        if (!SLUG.matcher(slug).matches()) {
            problems.put("slug", "courses.error.slug");
        } else if (certifications.slugTaken(slug)) {
            problems.put("slug", "courses.error.slugTaken");
        }
        Track track = Choices.named(Track.class, form.text(form.track())).orElse(null);
        if (track == null) {
            problems.put("track", "courses.error.track");
        }
        checkTitles(form, problems);
        List<UUID> courses = chosenCourses(form, problems);
        FormRefusedException.refuseIfAny(problems);
        UUID id = certifications.create(slug, track, form.text(form.titleEn()), form.text(form.titleFr()), courses);
        events.publishEvent(new CertificationChanged(
                actor, id, "Certification " + slug + " created with " + courses.size() + " course(s)"));
        return id;
    }

    /**
     * @throws FormRefusedException when a field is missing or wrong
     * @throws NotFoundException when there is no such certification
     */
    @Transactional
    public void save(UUID id, CertificationForm form, String actor) {
        Map<String, String> problems = new LinkedHashMap<>();
        checkTitles(form, problems);
        CertificationStatus status = Choices.named(CertificationStatus.class, form.text(form.status()))
                .orElse(null);
        if (status == null) {
            problems.put("status", "courses.error.status");
        }
        List<UUID> courses = chosenCourses(form, problems);
        FormRefusedException.refuseIfAny(problems);
        if (!certifications.update(id, form.text(form.titleEn()), form.text(form.titleFr()), status, courses)) {
            throw new NotFoundException();
        }
        events.publishEvent(new CertificationChanged(
                actor, id, "Certification saved as " + status + " with " + courses.size() + " course(s)"));
    }

    private static void checkTitles(CertificationForm form, Map<String, String> problems) {
        String titleEn = form.text(form.titleEn());
        String titleFr = form.text(form.titleFr());
        if (titleEn.isEmpty() || titleEn.length() > 200) {
            problems.put("titleEn", "courses.error.text");
        }
        if (titleFr.isEmpty() || titleFr.length() > 200) {
            problems.put("titleFr", "courses.error.text");
        }
    }

    /** The published courses among those ticked, once each; none is a problem. */
    private List<UUID> chosenCourses(CertificationForm form, Map<String, String> problems) {
        Set<UUID> published = new HashSet<>();
        courseStore.published().forEach(course -> published.add(course.id()));
        List<UUID> courses = new ArrayList<>();
        for (String value : form.course() == null ? List.<String>of() : form.course()) {
            try {
                UUID course = UUID.fromString(value);
                if (published.contains(course) && !courses.contains(course)) {
                    courses.add(course);
                }
            } catch (IllegalArgumentException notAnId) {
                // not a course of the list: left out, and refused below if nothing is left
            }
        }
        if (courses.isEmpty()) {
            problems.put("course", "certifications.error.courses");
        }
        return courses;
    }
}
