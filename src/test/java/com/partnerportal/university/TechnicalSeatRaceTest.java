package com.partnerportal.university;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import com.partnerportal.university.internal.TechnicalSeats;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalProcess;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R5.2–R5.4: fifty users launching at the same instant, on one or two instances, never get a sixth seat. */
@PortalTest
class TechnicalSeatRaceTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Courses courses;

    @Autowired
    TechnicalSeats seats;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void fiftyUsersLaunchingAtOnceGetExactlyFiveSeats() throws Exception {
        var company = testAccounts.company("Race Seats Corp");
        List<HttpSession> users = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            var session = new HttpSession(port);
            session.logIn(testAccounts.partnerUser(company), TestAccounts.PASSWORD);
            session.get("/university");
            users.add(session);
        }
        launchAllAtOnce(users);
        assertThat(seats.holders(company)).hasSize(5);

        launchAllAtOnce(users);
        assertThat(seats.holders(company)).as("later launches take no seat").hasSize(5);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'technical-seat.granted'"
                                + " AND details LIKE '%' || :company")
                        .param("company", company.value().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
        System.out.println("Checked: 50 simultaneous first launches on one instance gave 5 seats");
    }

    @Test
    void aHolderSeesTechnicalCoursesAndOthersCannotEvenOpenThem() throws Exception {
        String slug = "deep-visibility-" + UUID.randomUUID().toString().substring(0, 6);
        courses.publish(slug, Track.TECHNICAL, "Deep Visibility", "Deep Visibility", "Hunting", "Chasse", 90);
        String basics = "getting-started-" + UUID.randomUUID().toString().substring(0, 6);
        courses.publish(basics, Track.FOUNDATION, "Getting Started", "Bien démarrer", "Basics", "Bases", 30);
        var company = testAccounts.company("Small Seats Corp");
        jdbc.sql("UPDATE company SET technical_seat_override = 1 WHERE id = :c")
                .param("c", company.value())
                .update();

        var holder = new HttpSession(port);
        holder.logIn(testAccounts.partnerUser(company), TestAccounts.PASSWORD);
        holder.get("/university");
        holder.post("/university/launch", Map.of());
        var other = new HttpSession(port);
        other.logIn(testAccounts.partnerUser(company), TestAccounts.PASSWORD);
        other.get("/university");
        other.post("/university/launch", Map.of());

        assertThat(holder.get("/university").body())
                .contains("Deep Visibility")
                .contains("Getting Started")
                .contains("Technical seat holders in your company")
                .contains("<li>Paul Partner</li>");
        assertThat(holder.get("/university/courses/" + slug).statusCode()).isEqualTo(200);
        var page = other.get("/university").body();
        assertThat(page)
                .contains("Getting Started")
                .doesNotContain("Deep Visibility")
                .contains("Technical courses are not available to you");
        assertThat(other.get("/university/courses/" + slug).statusCode()).isEqualTo(404);
        assertThat(other.get("/university/courses/" + basics).statusCode()).isEqualTo(200);
    }

    @Test
    void twoInstancesOnOneDatabaseGiveExactlyFiveSeats() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(null);
                var first = PortalProcess.start(postgres, 2525);
                var second = PortalProcess.start(postgres, 2525)) {
            CompanyId company = first.getBean(Partners.class)
                    .registerCompany("Two Instances Corp", "FR", Set.of("two-instances.fr"));
            var accounts = first.getBean(Accounts.class);
            List<HttpSession> users = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String email = "user" + i + "@two-instances.fr";
                accounts.openWithPassword(
                        NewAccount.partnerUser(email, "User", "N" + i, company.value(), Locale.ENGLISH),
                        TestAccounts.PASSWORD);
                var session = new HttpSession(PortalProcess.port(i % 2 == 0 ? first : second));
                session.logIn(email, TestAccounts.PASSWORD);
                session.get("/university");
                users.add(session);
            }
            launchAllAtOnce(users);
            assertThat(first.getBean(TechnicalSeats.class).holders(company)).hasSize(5);
            System.out.println("Checked: 50 simultaneous first launches across two instances gave 5 seats");
        }
    }

    private static void launchAllAtOnce(List<HttpSession> users) throws Exception {
        var start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(users.size())) {
            for (var user : users) {
                results.add(pool.submit(() -> {
                    start.await();
                    return user.post("/university/launch", Map.of()).statusCode();
                }));
            }
            start.countDown();
            for (var result : results) {
                assertThat(result.get()).isEqualTo(302);
            }
        }
    }
}
