package partnerportal.bench;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Arrays;
import java.util.Locale;
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
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalProcess;

/**
 * Issue 9 at scale: 100,000 companies and 1,000,000 partner users, 200,000 access requests over
 * 90 days, 300,000 technical seats, 200,000 course completions, 500,000 downloads and 20,000
 * support requests. One operation is 20 loads, one after the other, of the vendor dashboard and of
 * the dashboard of a distributor with 20,000 partners (whole page over HTTP); it prints the
 * server's own time for each ({@code http.server.requests}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class DashboardBenchmark {

    static final int LOADS = 20;

    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext portal;
    private HttpSession admin;
    private String distributorPath;

    @Setup(Level.Trial)
    public void startPortalWithData() throws Exception {
        postgres = EmbeddedPostgresConfiguration.start(null);
        portal = PortalProcess.start(
                postgres,
                2525,
                "--logging.level.root=WARN",
                "--management.metrics.distribution.percentiles.http.server.requests=0.5,0.95,0.99");
        var jdbc = portal.getBean(JdbcClient.class);
        long started = System.nanoTime();
        String[] statements = {
            "INSERT INTO distributor (id, slug, name) SELECT md5('d' || g)::uuid, 'dist-' || g, 'Distributor ' || g"
                    + " FROM generate_series(1, 5) g",
            "ALTER TABLE company DISABLE TRIGGER company_stats_company",
            "ALTER TABLE account DISABLE TRIGGER company_stats_accounts",
            "ALTER TABLE technical_seat DISABLE TRIGGER company_stats_seats",
            "INSERT INTO company (id, name, country) SELECT md5('c' || g)::uuid, 'Company ' || g, 'CA'"
                    + " FROM generate_series(1, 100000) g",
            "INSERT INTO distributor_association (id, company_id, distributor_id, started_by)"
                    + " SELECT gen_random_uuid(), md5('c' || g)::uuid, md5('d' || (1 + g % 5))::uuid, 'bench'"
                    + " FROM generate_series(1, 100000) g",
            "INSERT INTO account (id, email, role, first_name, last_name, company_id, enabled)"
                    + " SELECT md5('a' || g)::uuid, 'u' || g || '@bench.example', 'PARTNER_USER', 'B', 'U',"
                    + " md5('c' || (1 + g % 100000))::uuid, g % 50 <> 0 FROM generate_series(1, 1000000) g",
            "INSERT INTO technical_seat (company_id, seat_no, account_id, granted_by)"
                    + " SELECT md5('c' || (1 + g % 100000))::uuid, 1 + g / 100000, md5('a' || g)::uuid, 'bench'"
                    + " FROM generate_series(1, 300000) g",
            "INSERT INTO company_stats (company_id, enabled_users, seats_held) SELECT c.id,"
                    + " (SELECT count(*) FROM account a WHERE a.company_id = c.id AND a.enabled),"
                    + " (SELECT count(*) FROM technical_seat s WHERE s.company_id = c.id) FROM company c",
            "ALTER TABLE company ENABLE TRIGGER company_stats_company",
            "ALTER TABLE account ENABLE TRIGGER company_stats_accounts",
            "ALTER TABLE technical_seat ENABLE TRIGGER company_stats_seats",
            "INSERT INTO access_request (id, distributor_id, email, domain, status, reason_code, reason_text,"
                    + " decided_by, created_at) SELECT gen_random_uuid(), md5('d' || (1 + g % 5))::uuid,"
                    + " 'r' || g || '@bench.example', 'bench.example',"
                    + " (ARRAY['APPROVED', 'APPROVED', 'REJECTED', 'UNDER_REVIEW'])[1 + g % 4],"
                    + " (ARRAY['ENTITLED', 'APPROVED_BY_REVIEWER', 'FREE_PROVIDER', 'NOT_ENTITLED'])[1 + g % 4],"
                    + " 'bench', CASE WHEN g % 4 = 1 THEN 'reviewer' WHEN g % 4 = 3 THEN NULL ELSE 'automatic' END,"
                    + " now() - (g % 90) * interval '1 day' FROM generate_series(1, 200000) g",
            "INSERT INTO course (id, slug, track, title_en, title_fr, summary_en, summary_fr, duration_minutes)"
                    + " SELECT md5('k' || g)::uuid, 'bench-' || g, 'SALES', 'C' || g, 'C' || g, 'S', 'S', 30"
                    + " FROM generate_series(1, 20) g",
            "INSERT INTO enrolment (account_id, course_id, completed_at) SELECT md5('a' || g)::uuid,"
                    + " md5('k' || (1 + g % 20))::uuid, now() - (g % 90) * interval '1 day'"
                    + " FROM generate_series(1, 200000) g",
            "INSERT INTO resource (id, title, description, type, audience, language, published_on, status, link)"
                    + " SELECT md5('r' || g)::uuid, 'Resource ' || g, 'D', 'DATASHEET', 'SALES', 'en', current_date,"
                    + " 'PUBLISHED', 'https://r.example/' || g FROM generate_series(1, 1000) g",
            "INSERT INTO resource_download (resource_id, account_id, company_id, downloaded_at)"
                    + " SELECT md5('r' || (1 + (g * 7) % 1000))::uuid, md5('a' || g)::uuid,"
                    + " md5('c' || (1 + g % 100000))::uuid, now() - (g % 90) * interval '1 day'"
                    + " FROM generate_series(1, 500000) g",
            "INSERT INTO support_request (id, category, subject, status, requester_email, requester_name,"
                    + " requester_locale, company_id, created_at) SELECT gen_random_uuid(),"
                    + " (ARRAY['SEAT_HOLDERS', 'OTHER', 'ACCESS_PROBLEM'])[1 + g % 3], 'S',"
                    + " (ARRAY['NEW', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'])[1 + g % 4], 'u' || g || '@bench.example',"
                    + " 'U', 'en', md5('c' || (1 + g % 100000))::uuid, now() - (g % 30) * interval '1 day'"
                    + " FROM generate_series(1, 20000) g",
            "VACUUM ANALYZE"
        };
        for (String statement : statements) {
            jdbc.sql(statement).update();
        }
        System.out.printf("%n  data generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
        String email = "bench.admin@sentinelone.example";
        portal.getBean(Accounts.class)
                .openWithPassword(NewAccount.vendorAdmin(email, "Bench", "Admin", Locale.ENGLISH), "violet kettle harbour 2026");
        admin = new HttpSession(PortalProcess.port(portal));
        admin.logIn(email, "violet kettle harbour 2026");
        distributorPath = "/distributor/"
                + jdbc.sql("SELECT md5('d1')::uuid").query(UUID.class).single() + "/dashboard";
    }

    @Benchmark
    public long dashboards() throws Exception {
        long[] vendor = loads("/admin/dashboard");
        long[] distributor = loads(distributorPath);
        var timer = portal.getBean(MeterRegistry.class);
        System.out.printf(
                "%n  vendor dashboard, client: p50 %.0f ms, max %.0f ms; distributor dashboard, client: p50 %.0f ms,"
                        + " max %.0f ms%n  server, last two minutes: vendor %s; distributor %s%n",
                vendor[LOADS / 2] / 1e6,
                vendor[LOADS - 1] / 1e6,
                distributor[LOADS / 2] / 1e6,
                distributor[LOADS - 1] / 1e6,
                ServerTimers.percentiles(timer.get("http.server.requests").tag("uri", "/admin/dashboard").timer()),
                ServerTimers.percentiles(timer.get("http.server.requests").tag("uri", "/distributor/{id}/dashboard").timer()));
        return vendor[LOADS / 2];
    }

    private long[] loads(String path) throws Exception {
        long[] latencies = new long[LOADS];
        for (int i = 0; i < LOADS; i++) {
            long t = System.nanoTime();
            var response = admin.getBytes(path);
            latencies[i] = System.nanoTime() - t;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
        }
        Arrays.sort(latencies);
        return latencies;
    }


    @TearDown(Level.Trial)
    public void stop() throws Exception {
        portal.close();
        postgres.close();
    }
}
