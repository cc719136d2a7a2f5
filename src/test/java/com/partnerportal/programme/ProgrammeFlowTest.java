package com.partnerportal.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.partnerportal.catalogue.Audience;
import com.partnerportal.catalogue.NewResource;
import com.partnerportal.catalogue.ResourceType;
import com.partnerportal.catalogue.Resources;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import com.partnerportal.programme.internal.LevelComputation;
import com.partnerportal.university.Courses;
import com.partnerportal.university.Track;
import com.partnerportal.university.internal.CourseContent;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.Mailbox;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * R10.1–R10.3 through the portal: the vendor defines levels in the admin pages, a certificate earned
 * in the University raises its company at once and with it the seat limit shown in the University,
 * resources reserved to a level stay hidden below it, a disabled user's certificate stops counting
 * and the downgrade waits for the grace period, an override holds until it ends.
 *
 * <p>Every level this test defines needs its own certification, except a base level that gives the
 * defaults (5 seats, 90 days), so that the other tests sharing this database see no change.
 */
@PortalTest
class ProgrammeFlowTest {

    @Autowired
    Courses courses;

    @Autowired
    CourseContent content;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Partners partners;

    @Autowired
    Resources resources;

    @Autowired
    LevelComputation computation;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private String tag;
    private String slug;
    private UUID certification;
    private HttpSession admin;

    @BeforeEach
    void aCertifiedLevel() throws Exception {
        tag = UUID.randomUUID().toString().substring(0, 6);
        slug = "programme-" + tag;
        UUID course = courses.publish(slug, Track.FOUNDATION, "Programme " + tag, "Programme " + tag, "S", "R", 10);
        courses.addLesson(course, "Only lesson", "Seule leçon", "Read me.", "Lisez-moi.");
        certification = courses.defineCertification(
                "programme-" + tag, Track.FOUNDATION, "Associate " + tag, "Associé " + tag, List.of(course));
        admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        if (!admin.get("/admin/programme").body().contains(">Base<")) {
            assertThat(admin.post("/admin/programme/levels", level("Base", "5", "90", "", ""))
                            .statusCode())
                    .isEqualTo(302);
        }
        // One certified level at a time above Base: those of earlier tests are retired.
        for (UUID earlier : jdbc.sql(
                        "SELECT id FROM programme_level WHERE name_en LIKE 'Certified %' AND retired_at IS NULL")
                .query(UUID.class)
                .list()) {
            admin.post("/admin/programme/levels/" + earlier + "/retire", Map.of());
        }
        var created = admin.post(
                "/admin/programme/levels", level("Certified " + tag, "10", "120", "1", certification.toString()));
        assertThat(created.statusCode()).isEqualTo(302);
    }

    @Test
    void aCertificateEarnedRaisesTheLevelAtOnceWithItsSeatsAndTheDowngradeWaitsForTheGracePeriod() throws Exception {
        var company = testAccounts.company("Programme Learners");
        String learnerEmail = testAccounts.partnerUser(company);
        String colleagueEmail = testAccounts.partnerUser(company);
        computation.recompute(List.of(company), "test");
        var learner = logIn(learnerEmail);

        String before = learner.get("/programme").body();
        assertThat(before)
                .contains("is at the Base level")
                .contains("Certified " + tag + ": 10 technical seats, 120 days of deal protection.")
                .contains("1 more users holding Associate " + tag);

        learner.post("/university/launch", Map.of());
        learner.post("/university/courses/" + slug + "/enrol", Map.of());
        var lesson = content.lessons(courseId()).getFirst();
        learner.post("/university/courses/" + slug + "/lessons/" + lesson.id() + "/done", Map.of());

        assertThat(learner.get("/programme").body())
                .as("event-driven: no run needed")
                .contains("is at the Certified " + tag + " level")
                .contains("10 technical seats in the Partner University")
                .contains("120 days of protection");
        assertThat(learner.get("/university").body()).contains("1 of your company’s 10 technical seats are held");
        assertThat(partners.company(company).orElseThrow().dealProtectionDays()).isEqualTo(120);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Mailbox.to(greenMail, colleagueEmail).stream()
                        .anyMatch(m -> subject(m).contains("reached the Certified " + tag + " level")));

        // The certified user leaves (disabled): the level is no longer earned, the downgrade is announced.
        admin.post("/admin/users/" + accountId(learnerEmail) + "/disable", Map.of());
        var colleague = logIn(colleagueEmail);
        String pending = colleague.get("/programme").body();
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(90);
        assertThat(pending).contains("no longer meets its level").contains("moves to Base");
        assertThat(partners.company(company).orElseThrow().technicalSeatLimit())
                .as("the grace period keeps the benefits")
                .isEqualTo(10);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Mailbox.to(greenMail, colleagueEmail).stream()
                        .anyMatch(m -> subject(m).contains("the programme level changes on")));
        assertThat(jdbc.sql("SELECT downgrade_on FROM company_level WHERE company_id = :c")
                        .param("c", company.value())
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(day);

        // The day comes (as the nightly run finds it): the downgrade takes effect, the holder keeps the seat.
        jdbc.sql("UPDATE company_level SET downgrade_on = current_date WHERE company_id = :c")
                .param("c", company.value())
                .update();
        computation.recompute(List.of(company), "programme");
        assertThat(colleague.get("/programme").body()).contains("is at the Base level");
        assertThat(partners.company(company).orElseThrow().technicalSeatLimit()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM technical_seat WHERE company_id = :c")
                        .param("c", company.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(colleague.get("/programme").body()).contains("Moved from Certified " + tag + " to Base");
    }

    @Test
    void aResourceReservedToALevelIsHiddenBelowItInSearchByAddressAndDownload() throws Exception {
        UUID resource = resources.publishLink(new NewResource(
                "Reserved playbook " + tag,
                "For certified partners only " + tag,
                ResourceType.WHITEPAPER,
                Audience.SALES,
                "en",
                List.of(),
                LocalDate.now(ZoneOffset.UTC),
                "https://playbooks.example/" + tag));
        UUID level = levelId("Certified " + tag);
        var form = new HashMap<>(resourceForm("Reserved playbook " + tag));
        form.put("minimumLevel", UUID.randomUUID().toString());
        assertThat(admin.post("/admin/resources/" + resource, form).statusCode())
                .isEqualTo(302);
        assertThat(admin.get("/admin/resources/" + resource).body())
                .as("an unknown level is refused")
                .contains("Choose one of the active programme levels");
        assertThat(jdbc.sql("SELECT minimum_level_id FROM resource WHERE id = :r")
                        .param("r", resource)
                        .query(UUID.class)
                        .optional())
                .isEmpty();
        form.put("minimumLevel", level.toString());
        assertThat(admin.post("/admin/resources/" + resource, form).statusCode())
                .isEqualTo(302);

        var below = testAccounts.company("Below Level");
        var lower = testAccounts.company("Lower Level");
        var at = testAccounts.company("At Level");
        var belowUser = logIn(testAccounts.partnerUser(below));
        var lowerUser = logIn(testAccounts.partnerUser(lower));
        var atUser = logIn(testAccounts.partnerUser(at));
        override(lower, levelId("Base"));
        override(at, level);

        assertThat(belowUser.get("/catalogue?q=" + tag).body()).doesNotContain("Reserved playbook");
        assertThat(lowerUser.get("/catalogue?q=" + tag).body())
                .as("a company at a lower level")
                .doesNotContain("Reserved playbook");
        assertThat(lowerUser.get("/catalogue/" + resource).statusCode()).isEqualTo(404);
        assertThat(belowUser.get("/catalogue/" + resource).statusCode()).isEqualTo(404);
        assertThat(belowUser.get("/catalogue/" + resource + "/download").statusCode())
                .isEqualTo(404);
        assertThat(atUser.get("/catalogue?q=" + tag).body()).contains("Reserved playbook");
        assertThat(atUser.get("/catalogue/" + resource).statusCode()).isEqualTo(200);
        assertThat(atUser.get("/catalogue/" + resource + "/download").statusCode())
                .isEqualTo(302);
        assertThat(admin.get("/catalogue?q=" + tag).body())
                .as("the vendor sees all")
                .contains("Reserved playbook");
    }

    @Test
    void anOverrideHoldsUntilItEndsAndIsAudited() throws Exception {
        var company = testAccounts.company("Overridden");
        var user = logIn(testAccounts.partnerUser(company));
        computation.recompute(List.of(company), "test");
        UUID level = levelId("Certified " + tag);
        String page = "/admin/companies/" + company.value() + "/level";

        assertThat(admin.post(page, Map.of("level", level.toString(), "reason", "", "until", "2020-01-01"))
                        .body())
                .contains("Give a reason")
                .contains("Give a day after today");
        assertThat(admin.post(page, Map.of("level", UUID.randomUUID().toString(), "reason", "x", "until", "2099-01-01"))
                        .body())
                .contains("Choose one of the active levels");
        override(company, level);
        assertThat(user.get("/programme").body())
                .contains("is at the Certified " + tag + " level")
                .contains("Your level was set by the vendor until");
        assertThat(admin.get(page).body())
                .contains("Set by hand to Certified " + tag)
                .contains("Launch of the partnership");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE action = 'programme.override-set' AND target_id = :c")
                        .param("c", company.value().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        admin.post(page + "/end", Map.of());
        assertThat(user.get("/programme").body()).contains("is at the Base level");
        assertThat(partners.company(company).orElseThrow().technicalSeatLimit()).isEqualTo(5);
    }

    @Test
    void badInputGetsMessagesAndChangesNothing() throws Exception {
        long levels = count("programme_level");
        var bad = level("", "-1", "0", "0", "not-a-uuid");
        bad.put("wonValue", "12,345.678");
        bad.put("dealsWon", "many");
        String page = admin.post("/admin/programme/levels", bad).body();
        assertThat(page)
                .contains("Please correct the fields below.")
                .contains("English name (at most 100 characters)")
                .contains("Give a number of technical seats from 0 to 10,000.")
                .contains("Give a number of days from 1 to 3,650.")
                .contains("Give an amount such as 40000")
                .contains("Give a whole number of deals")
                // A criterion's own error is under its row's field, tied to it for screen readers.
                .contains("<label class=\"form-label\" for=\"criteria0.users\">Users, criterion 1</label>")
                .contains("aria-describedby=\"criteria0.users-error\"")
                .contains(
                        "id=\"criteria0.users-error\" class=\"invalid-feedback\">Give a number of users from 1 to 100,000.");
        assertThat(admin.post(
                                "/admin/programme/levels",
                                level("Ghost", "5", "90", "2", UUID.randomUUID().toString()))
                        .body())
                .contains("Choose certifications from the list");
        var half = level("Half", "5", "90", "3", "");
        assertThat(admin.post("/admin/programme/levels", half).body())
                .contains("A criterion needs both a number of users and at least one certification");
        assertThat(count("programme_level")).isEqualTo(levels);

        assertThat(admin.post("/admin/programme/rates", Map.of("currency", "euro", "rate", "-1"))
                        .body())
                .contains("three-letter ISO 4217")
                .contains("Give a rate such as 1.08");
        assertThat(admin.post("/admin/programme/settings", Map.of("reportingCurrency", "USD", "graceDays", "9999"))
                        .body())
                .contains("Give a number of days from 0 to 730.");
        assertThat(admin.get("/admin/programme/levels/" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
        assertThat(admin.get("/admin/companies/" + UUID.randomUUID() + "/level").statusCode())
                .isEqualTo(404);
        var partner = logIn(testAccounts.partnerUser(testAccounts.company("Curious")));
        assertThat(partner.get("/admin/programme").statusCode()).isEqualTo(403);
    }

    @Test
    void theAdminEditsCriteriaAndFollowsTheRecomputation() throws Exception {
        UUID level = levelId("Certified " + tag);
        var edited = level("Certified " + tag, "12", "120", "1", certification.toString());
        assertThat(admin.post("/admin/programme/levels/" + level, edited).statusCode())
                .isEqualTo(302);
        assertThat(admin.get("/admin/programme/levels/" + level).body()).contains("value=\"12\"");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> admin.get("/admin/programme/progress").body().contains("Last recomputation"));
        admin.post("/admin/programme/rates", Map.of("currency", "EUR", "rate", "1.08"));
        assertThat(admin.get("/admin/programme").body()).contains("EUR").contains("1.08");
    }

    private void override(CompanyId company, UUID level) throws Exception {
        var response = admin.post(
                "/admin/companies/" + company.value() + "/level",
                Map.of(
                        "level",
                        level.toString(),
                        "reason",
                        "Launch of the partnership",
                        "until",
                        LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()));
        assertThat(response.statusCode()).isEqualTo(302);
    }

    private static Map<String, String> level(
            String name, String seats, String days, String users, String certification) {
        var form = new HashMap<String, String>();
        form.put("nameEn", name);
        form.put("nameFr", name);
        form.put("technicalSeats", seats);
        form.put("protectionDays", days);
        form.put("dealsWon", "");
        form.put("wonValue", "");
        form.put("criteria[0].users", users);
        form.put("criteria[0].certifications", certification);
        form.put("criteria[1].users", "");
        return form;
    }

    private Map<String, String> resourceForm(String title) {
        var form = new HashMap<String, String>();
        form.put("title", title);
        form.put("description", "For certified partners only " + tag);
        form.put("type", "WHITEPAPER");
        form.put("audience", "SALES");
        form.put("language", "en");
        form.put("products", "");
        form.put("publishedOn", LocalDate.now(ZoneOffset.UTC).toString());
        form.put("link", "https://playbooks.example/" + tag);
        form.put("status", "PUBLISHED");
        return form;
    }

    private UUID levelId(String name) {
        return jdbc.sql("SELECT id FROM programme_level WHERE name_en = :n")
                .param("n", name)
                .query(UUID.class)
                .single();
    }

    private UUID courseId() {
        return jdbc.sql("SELECT id FROM course WHERE slug = :s")
                .param("s", slug)
                .query(UUID.class)
                .single();
    }

    private UUID accountId(String email) {
        return jdbc.sql("SELECT id FROM account WHERE email = :e")
                .param("e", email)
                .query(UUID.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpSession logIn(String email) throws Exception {
        var session = new HttpSession(port);
        session.logIn(email, TestAccounts.PASSWORD);
        return session;
    }
}
