package com.partnerportal.university.internal;

import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.university.CourseChanged;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
public class CourseAdministration {

    private final CourseStore courseStore;
    private final CourseContent content;
    private final ApplicationEventPublisher events;

    public CourseAdministration(CourseStore courseStore, CourseContent content, ApplicationEventPublisher events) {
        this.courseStore = courseStore;
        this.content = content;
        this.events = events;
    }

    public List<CourseStore.Entry> all() {
        return courseStore.all();
    }

    public CourseStore.Entry find(UUID id) {
        return courseStore.find(id).orElseThrow(NotFoundException::new);
    }

    public List<Lesson> lessons(UUID course) {
        return content.lessons(course);
    }

    public List<QuizQuestion> quiz(UUID course) {
        return content.quiz(course);
    }

    /** A new course, as a draft. @throws FormRefusedException when the slug is missing or taken */
    @Transactional
    public UUID create(CourseForm form, String actor) {
        if (form.slug() == null) {
            throw new FormRefusedException(Map.of("slug", "courses.error.slug"));
        }
        if (courseStore.slugTaken(form.slug())) {
            throw new FormRefusedException(Map.of("slug", "courses.error.slugTaken"));
        }
        var course = form.course(UUID.randomUUID(), form.slug());
        courseStore.add(course);
        courseStore.update(course, CourseStatus.DRAFT);
        events.publishEvent(new CourseChanged(actor, course.id(), "Course " + course.slug() + " created as draft"));
        return course.id();
    }

    /** Saves the course as the form has it; a form without a status keeps the course's. */
    @Transactional
    public void save(UUID id, CourseForm form, String actor) {
        var entry = find(id);
        var status = form.chosenStatus() == null ? entry.status() : form.chosenStatus();
        courseStore.update(form.course(id, entry.course().slug()), status);
        events.publishEvent(
                new CourseChanged(actor, id, "Course " + entry.course().slug() + " saved as " + status));
    }

    @Transactional
    public void addLesson(UUID id, LessonForm form, String actor) {
        var entry = find(id);
        content.addLesson(
                id,
                form.lessonTitleEn(),
                form.lessonTitleFr(),
                form.lessonBodyEn(),
                form.lessonBodyFr(),
                form.lessonVideo());
        events.publishEvent(new CourseChanged(
                actor,
                id,
                "Lesson \"" + form.lessonTitleEn() + "\" added to "
                        + entry.course().slug()));
    }

    @Transactional
    public void addQuestion(UUID id, QuestionForm form, String actor) {
        var entry = find(id);
        content.addQuestion(
                id, form.promptEn(), form.promptFr(), form.englishChoices(), form.frenchChoices(), form.correctIndex());
        events.publishEvent(new CourseChanged(
                actor, id, "Quiz question added to " + entry.course().slug()));
    }

    /** @throws NotFoundException when the course has no such lesson */
    @Transactional
    public void removeLesson(UUID id, UUID lesson, String actor) {
        removed(content.removeLesson(id, lesson), id, actor, "Lesson " + lesson + " removed");
    }

    /** @throws NotFoundException when the course has no such question */
    @Transactional
    public void removeQuestion(UUID id, UUID question, String actor) {
        removed(content.removeQuestion(id, question), id, actor, "Quiz question " + question + " removed");
    }

    private void removed(boolean found, UUID id, String actor, String details) {
        if (!found) {
            throw new NotFoundException();
        }
        events.publishEvent(new CourseChanged(actor, id, details));
    }
}
