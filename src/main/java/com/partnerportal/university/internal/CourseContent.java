package com.partnerportal.university.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a course teaches: its lessons in order and its quiz (R5.1, R5.6), as vendor admins write them. */
@Service
public class CourseContent {

    private final JdbcClient jdbc;

    public CourseContent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Lesson> lessons(UUID courseId) {
        return jdbc.sql("SELECT * FROM lesson WHERE course_id = :c ORDER BY position")
                .param("c", courseId)
                .query((row, n) -> new Lesson(
                        row.getObject("id", UUID.class),
                        courseId,
                        row.getInt("position"),
                        row.getString("title_en"),
                        row.getString("title_fr"),
                        row.getString("body_en"),
                        row.getString("body_fr"),
                        row.getString("video_url")))
                .list();
    }

    public List<QuizQuestion> quiz(UUID courseId) {
        return jdbc.sql("SELECT * FROM quiz_question WHERE course_id = :c ORDER BY position")
                .param("c", courseId)
                .query((row, n) -> new QuizQuestion(
                        row.getObject("id", UUID.class),
                        courseId,
                        row.getInt("position"),
                        row.getString("prompt_en"),
                        row.getString("prompt_fr"),
                        strings(row.getArray("choices_en")),
                        strings(row.getArray("choices_fr")),
                        row.getInt("correct")))
                .list();
    }

    @Transactional
    public void addLesson(
            UUID courseId, String titleEn, String titleFr, String bodyEn, String bodyFr, String videoUrl) {
        jdbc.sql("""
                INSERT INTO lesson (id, course_id, position, title_en, title_fr, body_en, body_fr, video_url)
                SELECT :id, :c, coalesce(max(position), 0) + 1, :te, :tf, :be, :bf, :video FROM lesson WHERE course_id = :c
                """)
                .param("video", videoUrl)
                .param("id", UUID.randomUUID())
                .param("c", courseId)
                .param("te", titleEn)
                .param("tf", titleFr)
                .param("be", bodyEn)
                .param("bf", bodyFr)
                .update();
    }

    @Transactional
    public void addQuestion(
            UUID courseId,
            String promptEn,
            String promptFr,
            List<String> choicesEn,
            List<String> choicesFr,
            int correct) {
        jdbc.sql("""
                INSERT INTO quiz_question (id, course_id, position, prompt_en, prompt_fr, choices_en, choices_fr, correct)
                SELECT :id, :c, coalesce(max(position), 0) + 1, :pe, :pf, :ce, :cf, :correct
                  FROM quiz_question WHERE course_id = :c
                """)
                .param("id", UUID.randomUUID())
                .param("c", courseId)
                .param("pe", promptEn)
                .param("pf", promptFr)
                .param("ce", choicesEn.toArray(String[]::new))
                .param("cf", choicesFr.toArray(String[]::new))
                .param("correct", correct)
                .update();
    }

    public boolean removeLesson(UUID courseId, UUID lessonId) {
        return jdbc.sql("DELETE FROM lesson WHERE id = :l AND course_id = :c")
                        .param("l", lessonId)
                        .param("c", courseId)
                        .update()
                == 1;
    }

    public boolean removeQuestion(UUID courseId, UUID questionId) {
        return jdbc.sql("DELETE FROM quiz_question WHERE id = :q AND course_id = :c")
                        .param("q", questionId)
                        .param("c", courseId)
                        .update()
                == 1;
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
