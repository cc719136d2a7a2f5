package com.partnerportal.university;

import com.partnerportal.university.internal.Certifications;
import com.partnerportal.university.internal.Course;
import com.partnerportal.university.internal.CourseContent;
import com.partnerportal.university.internal.CourseStore;
import com.partnerportal.university.internal.QuizPolicy;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The University's courses, lessons, quizzes and certifications, as the demo data adds them (R5.1, R5.6). */
@Service
public class Courses {

    private final CourseStore courseStore;
    private final CourseContent content;
    private final Certifications certifications;

    public Courses(CourseStore courseStore, CourseContent content, Certifications certifications) {
        this.courseStore = courseStore;
        this.content = content;
        this.certifications = certifications;
    }

    /** Every certification, for other modules to name them (R10.1's criteria). */
    public List<CertificationTitle> certifications() {
        return certifications.all().stream()
                .map(c -> new CertificationTitle(c.id(), c.titleEn(), c.titleFr()))
                .toList();
    }

    /** Appends a lesson: blank lines between paragraphs, "- " lists, **bold**, https links. */
    public void addLesson(UUID course, String titleEn, String titleFr, String bodyEn, String bodyFr) {
        content.addLesson(course, titleEn, titleFr, bodyEn, bodyFr, null);
    }

    /** Appends a quiz question; {@code correct} counts from 0. */
    public void addQuestion(
            UUID course,
            String promptEn,
            String promptFr,
            List<String> choicesEn,
            List<String> choicesFr,
            int correct) {
        content.addQuestion(course, promptEn, promptFr, choicesEn, choicesFr, correct);
    }

    /** A certification earned by completing all of {@code courses} (R5.6). */
    public UUID defineCertification(String slug, Track track, String titleEn, String titleFr, List<UUID> courses) {
        return certifications.create(slug, track, titleEn, titleFr, courses);
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
        var course = new Course(
                UUID.randomUUID(),
                slug,
                track,
                titleEn,
                titleFr,
                summaryEn,
                summaryFr,
                durationMinutes,
                "en,fr",
                QuizPolicy.DEFAULT);
        courseStore.add(course);
        return course.id();
    }
}
