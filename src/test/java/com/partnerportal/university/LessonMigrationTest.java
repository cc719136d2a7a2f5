package com.partnerportal.university;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.university.internal.LessonMarkdown;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.EmbeddedPostgresConfiguration;

/**
 * R5.7: the migration to Markdown, run by Flyway on a database holding lessons written in the old
 * markup, leaves every lesson reading as it did (the conversion itself: {@link LessonMarkdownTest}).
 */
class LessonMigrationTest {

    @Test
    void lessonsWrittenInTheOldMarkupReadTheSameAfterTheMigration() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(null);
                var dataSource =
                        EmbeddedPostgresConfiguration.dataSourceFor(postgres.getJdbcUrl("postgres", "postgres"))) {
            var flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .target("29");
            flyway.load().migrate();
            var jdbc = JdbcClient.create(dataSource);
            UUID course = UUID.randomUUID();
            jdbc.sql("INSERT INTO course (id, slug, track, title_en, title_fr, summary_en, summary_fr,"
                            + " duration_minutes) VALUES (:id, 'old-markup', 'SALES', 'Old', 'Ancien', 's', 's', 10)")
                    .param("id", course)
                    .update();
            String english = "Read **this** first.\nThen this: https://docs.example.com/a?b=1&c=2\n\n"
                    + "- one\n- two *not italic* <b>not bold</b>\n\n# not a heading";
            String french = "Lisez **ceci** d'abord.\n\n1. pas une liste";
            UUID lesson = UUID.randomUUID();
            jdbc.sql("INSERT INTO lesson (id, course_id, position, title_en, title_fr, body_en, body_fr)"
                            + " VALUES (:id, :course, 1, 'L', 'L', :en, :fr)")
                    .param("id", lesson)
                    .param("course", course)
                    .param("en", english)
                    .param("fr", french)
                    .update();

            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            var bodies = jdbc.sql("SELECT body_en, body_fr FROM lesson WHERE id = :id")
                    .param("id", lesson)
                    .query((row, n) -> new String[] {row.getString(1), row.getString(2)})
                    .single();
            assertThat(bodies[0]).isNotEqualTo(english);
            assertThat(LessonMarkdownTest.shape(LessonMarkdown.html(bodies[0])))
                    .isEqualTo(LessonMarkdownTest.shape(LegacyLessonText.html(english)));
            assertThat(LessonMarkdownTest.shape(LessonMarkdown.html(bodies[1])))
                    .isEqualTo(LessonMarkdownTest.shape(LegacyLessonText.html(french)));
        }
    }
}
