package partnerportal.bench;

import com.partnerportal.partners.Benefits;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.programme.LevelId;
import com.partnerportal.programme.internal.CertificationCriterion;
import com.partnerportal.programme.internal.LevelComputation;
import com.partnerportal.programme.internal.LevelStore;
import com.partnerportal.programme.internal.Recomputations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.PortalProcess;

/**
 * R10.2 at scale: 100,000 partner companies with 1,000,000 users, 300,000 certificates of three
 * certifications and 1,000,000 deal registrations (a fifth won, over the last 18 months, in three
 * currencies), and four levels on them. {@code fullRecomputation} runs one vendor-wide run to its
 * end, a batch after another as the instances' job does, and prints its time and the peak heap;
 * {@code incremental} issues 2,000 certificates, one at a time, each in a transaction that
 * recomputes the holder's company as the certificate event does, and prints p50/p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ProgrammeBenchmark {

    static final int COMPANIES = 100_000;
    static final int USERS = 1_000_000;
    static final int CERTIFICATES = 300_000;
    static final int DEALS = 1_000_000;
    static final int INCREMENTS = 2_000;

    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext portal;
    private UUID[] certifications;
    private int round;

    @Setup(Level.Trial)
    public void startPortalWithAProgramme() throws Exception {
        postgres = EmbeddedPostgresConfiguration.start(null);
        portal = PortalProcess.start(postgres, 2526, "--logging.level.root=WARN", "--portal.programme.recompute-first-poll=P1D");
        var jdbc = portal.getBean(JdbcClient.class);
        long started = System.nanoTime();
        jdbc.sql("INSERT INTO distributor (id, slug, name) VALUES (gen_random_uuid(), 'bench', 'Bench distributor')")
                .update();
        jdbc.sql("""
                INSERT INTO company (id, name, country)
                SELECT gen_random_uuid(), 'Bench partner ' || k, 'CA' FROM generate_series(1, :n) k
                """).param("n", COMPANIES).update();
        jdbc.sql("CREATE TABLE bench_company AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM company")
                .update();
        jdbc.sql("CREATE UNIQUE INDEX ON bench_company (k)").update();
        // Users: ten per company, one in twenty disabled.
        for (int from = 0; from < USERS; from += 200_000) {
            jdbc.sql("""
                    INSERT INTO account (id, email, role, first_name, last_name, company_id, enabled)
                    SELECT gen_random_uuid(), 'user' || g || '@bench.example', 'PARTNER_USER', 'Bench', 'User ' || g,
                           b.id, g % 20 <> 0
                      FROM generate_series(:from, :to) g JOIN bench_company b ON b.k = g % :companies
                    """)
                    .param("from", from)
                    .param("to", from + 199_999)
                    .param("companies", COMPANIES)
                    .update();
        }
        certifications = new UUID[3];
        for (int c = 0; c < certifications.length; c++) {
            certifications[c] = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO certification (id, slug, track, title_en, title_fr)
                    VALUES (:id, :slug, 'SALES', :title, :title)
                    """)
                    .param("id", certifications[c])
                    .param("slug", "bench-" + c)
                    .param("title", "Bench certification " + c)
                    .update();
        }
        // The dashboards' daily count of certificates is one row for all of them: 300,000 updates of one
        // row in one statement would take the setup's whole time, and no dashboard is read here.
        jdbc.sql("ALTER TABLE certificate DISABLE TRIGGER learning_day_certificates").update();
        jdbc.sql("""
                INSERT INTO certificate (id, account_id, certification_id, holder_name, code)
                SELECT gen_random_uuid(), a.id, (CAST(:certs AS uuid[]))[1 + (a.n % 3)], 'Bench User', 'B' || a.n
                  FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM account WHERE role = 'PARTNER_USER') a
                 WHERE a.n % 10 < 3
                """).param("certs", certifications).update();
        jdbc.sql("ALTER TABLE certificate ENABLE TRIGGER learning_day_certificates").update();
        jdbc.sql("""
                INSERT INTO deal_registration (id, company_id, distributor_id, registered_by, status, customer_name,
                       customer_name_key, customer_country, contact_name, contact_email, contact_domain, customer_key,
                       currency, estimated_value, expected_close, won_value, won_on)
                SELECT gen_random_uuid(), b.id, (SELECT id FROM distributor WHERE slug = 'bench'), 'bench@bench.example',
                       CASE WHEN g % 5 = 0 THEN 'WON' ELSE 'LOST' END, 'Customer ' || g, 'customer ' || g, 'CA',
                       'Ada Buyer', 'ada@c' || g || '.example', 'c' || g || '.example', 'domain:c' || g || '.example',
                       (ARRAY['USD', 'EUR', 'CAD'])[1 + g % 3], 1000 + g % 90000, current_date,
                       CASE WHEN g % 5 = 0 THEN 1000 + g % 90000 END,
                       CASE WHEN g % 5 = 0 THEN current_date - (g % 540) END
                  FROM generate_series(0, :n - 1) g JOIN bench_company b ON b.k = (g::bigint * 7919) % :companies
                """).param("n", DEALS).param("companies", COMPANIES).update();
        jdbc.sql("INSERT INTO programme_rate (currency, rate, updated_by) VALUES ('EUR', 1.08, 'bench'),"
                        + " ('CAD', 0.73, 'bench')")
                .update();
        var levels = portal.getBean(LevelStore.class);
        levels.insert(level("Registered", List.of(), 0, "0", 5));
        levels.insert(level("Silver", List.of(criterion(1, certifications[0], certifications[1])), 1, "0", 8));
        levels.insert(level(
                "Gold",
                List.of(criterion(2, certifications[0], certifications[1]), criterion(1, certifications[2])),
                2,
                "50000",
                12));
        levels.insert(level("Platinum", List.of(criterion(3, certifications[2])), 4, "200000", 20));
        jdbc.sql("VACUUM ANALYZE").update();
        System.out.printf(
                "%n  %,d companies, %,d users, %,d certificates, %,d deals generated in %.1f s%n",
                COMPANIES,
                USERS,
                CERTIFICATES,
                DEALS,
                (System.nanoTime() - started) / 1e9);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        portal.close();
        postgres.close();
    }

    @Benchmark
    public long fullRecomputation() {
        var recomputations = portal.getBean(Recomputations.class);
        var heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        recomputations.start("bench", "bench");
        // Each batch is one transaction holding its companies' rows: how long it holds them is what a
        // seat claim of one of those companies may wait.
        var batchTimes = new java.util.ArrayList<Long>();
        long before = System.nanoTime();
        while (recomputations.advance()) {
            long now = System.nanoTime();
            batchTimes.add(now - before);
            before = now;
        }
        long elapsed = System.nanoTime() - started;
        int batches = batchTimes.size();
        batchTimes.sort(null);
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        var progress = recomputations.latest().orElseThrow();
        System.out.printf(
                "%n  full recomputation of %,d companies in %d batches: %.1f s, %,d changed; a batch p50 %.0f ms,"
                        + " max %.0f ms; peak heap %,d MB%n",
                progress.done(),
                batches,
                elapsed / 1e9,
                progress.changed(),
                batchTimes.get(batches / 2) / 1e6,
                batchTimes.get(batches - 1) / 1e6,
                peak / (1024 * 1024));
        var spread = portal.getBean(JdbcClient.class)
                .sql("SELECT coalesce(l.name_en, 'none') || ' ' || count(*) FROM company_level cl"
                        + " LEFT JOIN programme_level l ON l.id = cl.level_id GROUP BY l.rank, l.name_en ORDER BY l.rank")
                .query(String.class)
                .list();
        System.out.println("  companies per level: " + String.join(", ", spread));
        return elapsed;
    }

    @Benchmark
    public long incremental() {
        var jdbc = portal.getBean(JdbcClient.class);
        var computation = portal.getBean(LevelComputation.class);
        var transactions = new TransactionTemplate(portal.getBean(PlatformTransactionManager.class));
        var random = new Random(17 + round++);
        long[] latencies = new long[INCREMENTS];
        for (int i = 0; i < INCREMENTS; i++) {
            int user = random.nextInt(USERS);
            var holder = jdbc.sql("SELECT id, company_id FROM account WHERE email = :e")
                    .param("e", "user" + user + "@bench.example")
                    .query((row, n) -> new UUID[] {row.getObject("id", UUID.class), row.getObject("company_id", UUID.class)})
                    .single();
            UUID certification = certifications[random.nextInt(certifications.length)];
            long t = System.nanoTime();
            transactions.executeWithoutResult(status -> {
                jdbc.sql("""
                        INSERT INTO certificate (id, account_id, certification_id, holder_name, code)
                        VALUES (gen_random_uuid(), :a, :c, 'Bench User', gen_random_uuid()::text) ON CONFLICT DO NOTHING
                        """).param("a", holder[0]).param("c", certification).update();
                computation.recompute(List.of(new CompanyId(holder[1])), "bench");
            });
            latencies[i] = System.nanoTime() - t;
        }
        Arrays.sort(latencies);
        System.out.printf(
                "%n  %,d certificates, each with its company recomputed in its transaction: p50 %.2f ms, p99 %.2f ms,"
                        + " max %.2f ms%n",
                INCREMENTS,
                latencies[INCREMENTS / 2] / 1e6,
                latencies[(int) (INCREMENTS * 0.99)] / 1e6,
                latencies[INCREMENTS - 1] / 1e6);
        return latencies[(int) (INCREMENTS * 0.99)];
    }

    private static com.partnerportal.programme.internal.Level level(
            String name, List<CertificationCriterion> criteria, int dealsWon, String wonValue, int seats) {
        return new com.partnerportal.programme.internal.Level(
                new LevelId(UUID.randomUUID()),
                0,
                name,
                name,
                criteria,
                dealsWon,
                new BigDecimal(wonValue),
                new Benefits(seats, 90),
                false);
    }

    private static CertificationCriterion criterion(int users, UUID... anyOf) {
        return new CertificationCriterion(users, Set.of(anyOf));
    }
}
