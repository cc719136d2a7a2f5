package com.partnerportal.university;

import com.partnerportal.shared.Choices;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.WebAddresses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendor admins create, edit, publish and retire courses, and write their lessons and quizzes
 * (R5.1, R5.6). Every change is audited ({@link CourseChanged}).
 */
@Service
@PreAuthorize("hasRole('VENDOR_ADMIN')")
class CourseAdministration {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final CourseStore courseStore;
    private final Learning learning;
    private final ApplicationEventPublisher events;

    CourseAdministration(CourseStore courseStore, Learning learning, ApplicationEventPublisher events) {
        this.courseStore = courseStore;
        this.learning = learning;
        this.events = events;
    }

    List<CourseStore.Entry> all() {
        return courseStore.all();
    }

    CourseStore.Entry find(UUID id) {
        return courseStore.find(id).orElseThrow(NotFoundException::new);
    }

    List<Lesson> lessons(UUID course) {
        return learning.lessons(course);
    }

    List<QuizQuestion> quiz(UUID course) {
        return learning.quiz(course);
    }

    /** A new course, as a draft. @throws FormRefusedException when a field is missing or wrong */
    @Transactional
    UUID create(Map<String, String> form, String actor) {
        FormRefusedException.refuseIfAny(check(form, true));
        var course = course(UUID.randomUUID(), form.get("slug").strip(), form);
        courseStore.add(course);
        courseStore.update(course, CourseStatus.DRAFT);
        events.publishEvent(new CourseChanged(actor, course.id(), "Course " + course.slug() + " created as draft"));
        return course.id();
    }

    /** @throws FormRefusedException when a field is missing or wrong */
    @Transactional
    void save(UUID id, Map<String, String> form, String actor) {
        var entry = find(id);
        var errors = check(form, false);
        var status = form.containsKey("status")
                ? CourseStatus.named(form.get("status")).orElse(null)
                : entry.status();
        if (status == null) {
            errors.put("status", "courses.error.status");
        }
        FormRefusedException.refuseIfAny(errors);
        courseStore.update(course(id, entry.course().slug(), form), status);
        events.publishEvent(
                new CourseChanged(actor, id, "Course " + entry.course().slug() + " saved as " + status));
    }

    /** @throws FormRefusedException with {@code lesson} or {@code video} when the lesson is incomplete or its video not https */
    @Transactional
    void addLesson(UUID id, Map<String, String> form, String actor) {
        var entry = find(id);
        Map<String, String> errors = new LinkedHashMap<>();
        String titleEn = text(form, "lessonTitleEn", 200, errors);
        String titleFr = text(form, "lessonTitleFr", 200, errors);
        String bodyEn = text(form, "lessonBodyEn", 20_000, errors);
        String bodyFr = text(form, "lessonBodyFr", 20_000, errors);
        String video = form.getOrDefault("lessonVideo", "").strip();
        if (!errors.isEmpty()) {
            throw new FormRefusedException(Map.of("lesson", "courses.error.lesson"));
        }
        if (!video.isEmpty() && !WebAddresses.isHttps(video)) {
            throw new FormRefusedException(Map.of("video", "courses.error.video"));
        }
        learning.addLesson(id, titleEn, titleFr, bodyEn, bodyFr, video.isEmpty() ? null : video);
        events.publishEvent(new CourseChanged(
                actor,
                id,
                "Lesson \"" + titleEn + "\" added to " + entry.course().slug()));
    }

    /** A multiple-choice question; {@code correct} counts choices from 1. @throws FormRefusedException when incomplete */
    @Transactional
    void addQuestion(UUID id, Map<String, String> form, String actor) {
        var entry = find(id);
        Map<String, String> errors = new LinkedHashMap<>();
        String promptEn = text(form, "promptEn", 1000, errors);
        String promptFr = text(form, "promptFr", 1000, errors);
        List<String> choicesEn = lines(form.get("choicesEn"));
        List<String> choicesFr = lines(form.get("choicesFr"));
        int correct = -1;
        try {
            correct = Integer.parseInt(form.getOrDefault("correct", "").strip()) - 1;
        } catch (NumberFormatException notANumber) {
            errors.put("correct", "x");
        }
        if (choicesEn.size() < 2
                || choicesEn.size() > 6
                || choicesFr.size() != choicesEn.size()
                || choicesEn.stream().anyMatch(c -> c.length() > 300)
                || choicesFr.stream().anyMatch(c -> c.length() > 300)
                || correct < 0
                || correct >= choicesEn.size()) {
            errors.put("choices", "x");
        }
        if (!errors.isEmpty()) {
            throw new FormRefusedException(Map.of("question", "courses.error.question"));
        }
        learning.addQuestion(id, promptEn, promptFr, choicesEn, choicesFr, correct);
        events.publishEvent(new CourseChanged(
                actor, id, "Quiz question added to " + entry.course().slug()));
    }

    /** @throws NotFoundException when the course has no such lesson */
    @Transactional
    void removeLesson(UUID id, UUID lesson, String actor) {
        removed(learning.removeLesson(id, lesson), id, actor, "Lesson " + lesson + " removed");
    }

    /** @throws NotFoundException when the course has no such question */
    @Transactional
    void removeQuestion(UUID id, UUID question, String actor) {
        removed(learning.removeQuestion(id, question), id, actor, "Quiz question " + question + " removed");
    }

    private void removed(boolean found, UUID id, String actor, String details) {
        if (!found) {
            throw new NotFoundException();
        }
        events.publishEvent(new CourseChanged(actor, id, details));
    }

    private Map<String, String> check(Map<String, String> form, boolean creating) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (creating) {
            String slug = form.getOrDefault("slug", "").strip();
            if (!SLUG.matcher(slug).matches()) {
                errors.put("slug", "courses.error.slug");
            } else if (courseStore.slugTaken(slug)) {
                errors.put("slug", "courses.error.slugTaken");
            }
        }
        if (Choices.named(Track.class, form.get("track")).isEmpty()) {
            errors.put("track", "courses.error.track");
        }
        if (!Course.LANGUAGES.contains(form.getOrDefault("language", ""))) {
            errors.put("language", "courses.error.language");
        }
        for (String field : new String[] {"titleEn", "titleFr", "summaryEn", "summaryFr"}) {
            String value = form.getOrDefault(field, "").strip();
            if (value.isEmpty() || value.length() > (field.startsWith("title") ? 200 : 2000)) {
                errors.put(field, "courses.error.text");
            }
        }
        try {
            int minutes =
                    Integer.parseInt(form.getOrDefault("durationMinutes", "").strip());
            if (minutes < 1 || minutes > 10_000) {
                errors.put("durationMinutes", "courses.error.duration");
            }
        } catch (NumberFormatException notANumber) {
            errors.put("durationMinutes", "courses.error.duration");
        }
        try {
            quizPolicy(form);
        } catch (IllegalArgumentException outOfRange) {
            errors.put("quizAttempts", "courses.error.quizPolicy");
        }
        return errors;
    }

    /** A form without the quiz policy's fields keeps the defaults. */
    private static QuizPolicy quizPolicy(Map<String, String> form) {
        return new QuizPolicy(
                Integer.parseInt(form.getOrDefault("quizAttempts", String.valueOf(QuizPolicy.DEFAULT.attempts()))
                        .strip()),
                Integer.parseInt(
                        form.getOrDefault("quizCooldownHours", String.valueOf(QuizPolicy.DEFAULT.cooldownHours()))
                                .strip()));
    }

    private static Course course(UUID id, String slug, Map<String, String> form) {
        return new Course(
                id,
                slug,
                Track.valueOf(form.get("track")),
                form.get("titleEn").strip(),
                form.get("titleFr").strip(),
                form.get("summaryEn").strip(),
                form.get("summaryFr").strip(),
                Integer.parseInt(form.get("durationMinutes").strip()),
                form.get("language"),
                quizPolicy(form));
    }

    private static String text(Map<String, String> form, String field, int max, Map<String, String> errors) {
        String value = form.getOrDefault(field, "").strip();
        if (value.isEmpty()
                || value.length() > max
                || value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            errors.put(field, "x");
        }
        return value;
    }

    private static List<String> lines(String value) {
        return value == null
                ? List.of()
                : value.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }
}
