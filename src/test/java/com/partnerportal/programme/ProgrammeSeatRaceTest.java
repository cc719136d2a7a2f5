package com.partnerportal.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import com.partnerportal.partners.Benefits;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import com.partnerportal.programme.internal.CertificationCriterion;
import com.partnerportal.programme.internal.Level;
import com.partnerportal.programme.internal.LevelComputation;
import com.partnerportal.programme.internal.LevelStore;
import com.partnerportal.programme.internal.Recomputations;
import com.partnerportal.programme.internal.Standing;
import com.partnerportal.university.Courses;
import com.partnerportal.university.Track;
import com.partnerportal.university.internal.Certificates;
import com.partnerportal.university.internal.TechnicalSeats;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalProcess;
import partnerportal.testing.TestAccounts;

/**
 * R10.4 with R5.4 on two instances sharing one PostgreSQL: fifty first launches at the same instant
 * as the company's level changes its seat limit, from 5 to 10 (a certificate earned, event-driven)
 * and from 10 to 5 (a vendor override). Every seat is checked against the limit in force when it was
 * granted and the seats granted before it; no holder loses a seat.
 */
class ProgrammeSeatRaceTest {

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static UUID course;
    static Level base;
    static Level plus;

    @BeforeAll
    static void twoInstances() throws Exception {
        postgres = EmbeddedPostgresConfiguration.start(null);
        first = PortalProcess.start(postgres, 2525);
        second = PortalProcess.start(postgres, 2525);
        var courses = first.getBean(Courses.class);
        course = courses.publish("race-basics", Track.FOUNDATION, "Race basics", "Bases", "Start", "Débuter", 10);
        UUID certification = courses.defineCertification(
                "race-associate", Track.FOUNDATION, "Race Associate", "Associé", List.of(course));
        var levels = first.getBean(LevelStore.class);
        base = new Level(
                new LevelId(UUID.randomUUID()),
                0,
                "Base",
                "Base",
                List.of(),
                0,
                BigDecimal.ZERO,
                new Benefits(5, 90),
                false);
        plus = new Level(
                new LevelId(UUID.randomUUID()),
                0,
                "Plus",
                "Plus",
                List.of(new CertificationCriterion(1, Set.of(certification))),
                0,
                BigDecimal.ZERO,
                new Benefits(10, 120),
                false);
        new TransactionTemplate(first.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .executeWithoutResult(status -> {
                    levels.insert(base);
                    levels.insert(plus);
                });
    }

    @AfterAll
    static void stop() throws Exception {
        second.close();
        first.close();
        postgres.close();
    }

    @Test
    void fiftyLaunchesAsACertificateRaisesTheLimitFromFiveToTen() throws Exception {
        var company = company("Rising");
        var users = users(company, 50);
        UUID learner = users.learner();
        assertThat(limit(company)).isEqualTo(5);

        atOnce(company, users.sessions(), () -> {
            certify(second, learner);
            return 0;
        });

        assertThat(limit(company)).isEqualTo(10);
        assertThat(seats(company)).hasSizeBetween(5, 10);
        assertEachSeatWithinTheLimitOfItsGrant(company);
        System.out.println("Checked: 50 launches across two instances while the level rose from 5 to 10 seats: "
                + grantsUnder(company, 5) + " seats granted under 5, " + grantsUnder(company, 10) + " under 10");
    }

    @Test
    void fiftyLaunchesAsAnOverrideLowersTheLimitFromTenToFive() throws Exception {
        var company = company("Falling");
        var users = users(company, 50);
        certify(first, users.learner());
        assertThat(limit(company)).isEqualTo(10);
        var early = users.sessions().subList(0, 3);
        for (var session : early) {
            session.post("/university/launch", Map.of());
        }
        var holdersBefore = first.getBean(TechnicalSeats.class).holders(company);
        assertThat(holdersBefore).hasSize(3);

        atOnce(company, users.sessions().subList(3, 50), () -> {
            second.getBean(LevelComputation.class)
                    .override(
                            company,
                            new Standing.Override(
                                    base.id(),
                                    "race",
                                    java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                            .plusDays(1),
                                    "olivia@sentinelone.example"),
                            "olivia@sentinelone.example");
            return 0;
        });

        assertThat(limit(company)).isEqualTo(5);
        var holdersAfter = first.getBean(TechnicalSeats.class).holders(company);
        assertThat(holdersAfter).as("no holder lost a seat").containsAll(holdersBefore);
        assertThat(holdersAfter).hasSizeBetween(3, 10);
        assertEachSeatWithinTheLimitOfItsGrant(company);
        System.out.println("Checked: 47 launches across two instances while an override lowered 10 seats to 5: "
                + holdersAfter.size() + " holders, none lost, " + grantsUnder(company, 10) + " granted under 10");
    }

    /** The n-th seat granted (by grant order) was granted while n − 1 seats were held, below its limit then. */
    private static void assertEachSeatWithinTheLimitOfItsGrant(CompanyId company) {
        var rows = jdbc().sql("""
                        SELECT limit_at_grant, row_number() OVER (ORDER BY grant_order) AS position
                          FROM technical_seat WHERE company_id = :c
                        """)
                .param("c", company.value())
                .query((row, n) -> new long[] {row.getLong("limit_at_grant"), row.getLong("position")})
                .list();
        assertThat(rows).isNotEmpty();
        for (var row : rows) {
            assertThat(row[1])
                    .as("seat %d granted under a limit of %d", row[1], row[0])
                    .isLessThanOrEqualTo(row[0]);
        }
    }

    private record Users(List<HttpSession> sessions, UUID learner) {}

    private static Users users(CompanyId company, int count) throws Exception {
        var accounts = first.getBean(Accounts.class);
        String domain = first.getBean(Partners.class)
                .company(company)
                .orElseThrow()
                .domains()
                .iterator()
                .next();
        List<HttpSession> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "user" + i + "@" + domain;
            accounts.openWithPassword(
                    NewAccount.partnerUser(email, "User", "N" + i, company.value(), Locale.ENGLISH),
                    TestAccounts.PASSWORD);
            var session = new HttpSession(PortalProcess.port(i % 2 == 0 ? first : second));
            session.logIn(email, TestAccounts.PASSWORD);
            session.get("/university");
            sessions.add(session);
        }
        var learner = accounts.openWithPassword(
                NewAccount.partnerUser("learner@" + domain, "Lea", "Learner", company.value(), Locale.ENGLISH),
                TestAccounts.PASSWORD);
        return new Users(sessions, learner.value());
    }

    private static CompanyId company(String name) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        var company = first.getBean(Partners.class)
                .registerCompany(name + " " + tag, "FR", Set.of(name.toLowerCase(Locale.ROOT) + "-" + tag + ".fr"));
        first.getBean(LevelComputation.class).recompute(List.of(company), "test");
        return company;
    }

    /** The learning flow's award: the course completed, its certification issued, the level recomputed by the event. */
    private static void certify(ConfigurableApplicationContext instance, UUID account) {
        new TransactionTemplate(instance.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .executeWithoutResult(status -> {
                    instance.getBean(JdbcClient.class)
                            .sql("INSERT INTO enrolment (account_id, course_id, completed_at) VALUES (:a, :c, now())")
                            .param("a", account)
                            .param("c", course)
                            .update();
                    instance.getBean(Certificates.class).awardFor(account, course);
                });
    }

    /** The launches all at once, and the change as soon as the first seats of the race are granted. */
    private static void atOnce(CompanyId company, List<HttpSession> users, Callable<Integer> change) throws Exception {
        long before = seats(company).size();
        var start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(users.size() + 1)) {
            for (var user : users) {
                results.add(pool.submit(() -> {
                    start.await();
                    return user.post("/university/launch", Map.of()).statusCode();
                }));
            }
            var changed = pool.submit(() -> {
                start.await();
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (seats(company).size() < before + 2 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                return change.call();
            });
            start.countDown();
            for (var result : results) {
                assertThat(result.get()).isEqualTo(302);
            }
            changed.get();
        }
    }

    /** R10.2: both instances start the night's run at once, one of them does; they finish it together. */
    @Test
    void theNightlyRunStartsOnceAndBothInstancesAdvanceItToItsEnd() throws Exception {
        jdbc().sql("""
                INSERT INTO company (id, name, country)
                SELECT gen_random_uuid(), 'Night partner ' || k, 'CA' FROM generate_series(1, 2500) k
                """).update();
        var night = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        var instances = List.of(first, second);
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var started = new ArrayList<Future<Boolean>>();
            for (var instance : instances) {
                started.add(pool.submit(() -> {
                    start.await();
                    return instance.getBean(Recomputations.class).startNightly(night);
                }));
            }
            start.countDown();
            long starts = 0;
            for (var result : started) {
                starts += result.get() ? 1 : 0;
            }
            assertThat(starts).as("the night's run is started once").isEqualTo(1);

            var batches = new ArrayList<Future<Integer>>();
            for (var instance : instances) {
                batches.add(pool.submit(() -> {
                    var runs = instance.getBean(Recomputations.class);
                    int taken = 0;
                    long deadline = System.nanoTime() + 60_000_000_000L;
                    while (runs.latest().orElseThrow().running() && System.nanoTime() < deadline) {
                        if (runs.advance()) {
                            taken++;
                        } else {
                            Thread.sleep(5);
                        }
                    }
                    return taken;
                }));
            }
            int taken = 0;
            for (var result : batches) {
                taken += result.get();
            }
            var run = first.getBean(Recomputations.class).latest().orElseThrow();
            assertThat(run.running()).isFalse();
            assertThat(run.done()).as("no batch taken twice, none skipped").isEqualTo(run.total());
            System.out.println("Checked: the night's run of " + run.total() + " companies started once, " + taken
                    + " batches taken by the two instances' loops");
        }
        assertThat(jdbc().sql("SELECT count(*) FROM programme_recomputation WHERE night = :n")
                        .param("n", night)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc().sql("""
                        SELECT count(*) FROM company c JOIN company_level l ON l.company_id = c.id
                         WHERE c.name LIKE 'Night partner %' AND l.level_id IS NOT NULL
                        """).query(Long.class).single())
                .as("every company placed at the level it earns")
                .isEqualTo(2500);
    }

    private static int limit(CompanyId company) {
        return first.getBean(Partners.class).company(company).orElseThrow().technicalSeatLimit();
    }

    private static List<Map<String, Object>> seats(CompanyId company) {
        return jdbc().sql("SELECT * FROM technical_seat WHERE company_id = :c")
                .param("c", company.value())
                .query()
                .listOfRows();
    }

    private static long grantsUnder(CompanyId company, int limit) {
        return jdbc().sql("SELECT count(*) FROM technical_seat WHERE company_id = :c AND limit_at_grant = :l")
                .param("c", company.value())
                .param("l", limit)
                .query(Long.class)
                .single();
    }

    private static JdbcClient jdbc() {
        return first.getBean(JdbcClient.class);
    }
}
