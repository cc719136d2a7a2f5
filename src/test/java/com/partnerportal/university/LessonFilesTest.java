package com.partnerportal.university;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.partners.CompanyId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.SamplePdf;
import partnerportal.testing.TestAccounts;

/**
 * R5.7 with R5.2–R5.3: a file attached to a lesson is checked like the catalogue's, its Markdown is
 * shown to paste, learners the course opens to read it, and no one else (404, or login).
 */
@PortalTest
class LessonFilesTest {

    private static final Pattern MARKDOWN =
            Pattern.compile("\\[lesson-sheet.pdf\\]\\((/university/lesson-files/[0-9a-f-]+)\\)");

    @Autowired
    Courses courses;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void anAttachedFileIsReadByLearnersTheCourseOpensToOnly() throws Exception {
        String slug = "files-" + UUID.randomUUID().toString().substring(0, 8);
        UUID course = courses.publish(slug, Track.TECHNICAL, "Files", "Fichiers", "s", "s", 10);
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        admin.get("/admin/courses/" + course);
        admin.post(
                "/admin/courses/" + course + "/lessons",
                Map.of(
                        "lessonTitleEn", "With a sheet",
                        "lessonTitleFr", "Avec une fiche",
                        "lessonBodyEn", "See the sheet.",
                        "lessonBodyFr", "Voir la fiche.",
                        "action", "add"));
        UUID lesson = jdbc.sql("SELECT id FROM lesson WHERE course_id = :c")
                .param("c", course)
                .query(UUID.class)
                .single();
        admin.get("/admin/courses/" + course);
        var refused = admin.postMultipart(
                "/admin/courses/" + course + "/lessons/" + lesson + "/files",
                Map.of(),
                "file",
                "script.exe",
                "application/octet-stream",
                "MZ not allowed".getBytes());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM lesson_file WHERE lesson_id = :l")
                        .param("l", lesson)
                        .query(Long.class)
                        .single())
                .isZero();
        admin.get("/admin/courses/" + course);
        admin.postMultipart(
                "/admin/courses/" + course + "/lessons/" + lesson + "/files",
                Map.of(),
                "file",
                "lesson-sheet.pdf",
                "application/pdf",
                SamplePdf.of("Lesson sheet", "Read me"));
        var page = admin.get("/admin/courses/" + course).body();
        var markdown = MARKDOWN.matcher(page);
        assertThat(markdown.find()).as("the Markdown to paste is shown").isTrue();
        String path = markdown.group(1);
        assertThat(admin.get(path).statusCode()).as("the vendor reads it").isEqualTo(200);

        CompanyId company = testAccounts.company("Seatless " + UUID.randomUUID());
        jdbc.sql("UPDATE company SET technical_seat_override = 0 WHERE id = :c")
                .param("c", company.value())
                .update();
        var seatless = new HttpSession(port);
        seatless.logIn(testAccounts.partnerUser(company), TestAccounts.PASSWORD);
        seatless.get("/university");
        seatless.post("/university/launch", Map.of());
        assertThat(seatless.get(path).statusCode())
                .as("a technical course's file, without a seat")
                .isEqualTo(404);

        var holder = new HttpSession(port);
        holder.logIn(
                testAccounts.partnerUser(testAccounts.company("Holders " + UUID.randomUUID())), TestAccounts.PASSWORD);
        holder.get("/university");
        holder.post("/university/launch", Map.of());
        assertThat(holder.getBytes(path).statusCode()).isEqualTo(200);
        assertThat(new HttpSession(port).get(path).statusCode())
                .as("a visitor is sent to log in")
                .isEqualTo(302);
        assertThat(holder.get("/university/lesson-files/" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
    }
}
