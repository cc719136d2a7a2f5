package partnerportal.bench;

import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalProcess;

/**
 * R3.1–R3.6 under load: 64 concurrent applicants over HTTP against one portal whose database holds
 * 100,000 companies and 1,000,000 accounts. {@code emailStep}: the business-email step for an
 * address at a known company. {@code wholeRequest}: the email step, then the company step choosing
 * an entitled known company, which approves and opens the account. The email step's fixed minimum
 * answer time is set to 0 here, to measure the work behind it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 2, time = 15)
@Threads(64)
@Fork(1)
public class RegistrationBenchmark {

    static final int COMPANIES = 100_000;
    static final int ACCOUNTS = 1_000_000;

    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext portal;
    int port;

    @Setup(Level.Trial)
    public void startPortal() throws Exception {
        postgres = EmbeddedPostgresConfiguration.start(null);
        portal = PortalProcess.start(
                postgres,
                2525,
                "--logging.level.root=WARN",
                "--portal.registration.email-step-minimum-time=0ms",
                "--portal.registration.free-attempts-per-client=100000000",
                "--portal.registration.free-attempts-per-address=100000000",
                "--spring.datasource.hikari.maximum-pool-size=40",
                "--server.tomcat.threads.max=200");
        port = PortalProcess.port(portal);
        var jdbc = portal.getBean(JdbcClient.class);
        jdbc.sql("INSERT INTO company (id, name, country) SELECT md5('c' || g)::uuid, 'Bench Company ' || g, 'CA'"
                        + " FROM generate_series(1, " + COMPANIES + ") g")
                .update();
        jdbc.sql("INSERT INTO company_domain (company_id, domain) SELECT md5('c' || g)::uuid, 'bench-' || g || '.com'"
                        + " FROM generate_series(1, " + COMPANIES + ") g")
                .update();
        jdbc.sql("INSERT INTO account (id, email, password_hash, role, first_name, last_name, company_id, activated_at)"
                        + " SELECT md5('a' || g)::uuid, 'user' || g || '@bench-' || (g % " + COMPANIES + " + 1) || '.com',"
                        + " '{noop}unused', 'PARTNER_USER', 'Bench', 'User', md5('c' || (g % " + COMPANIES + " + 1))::uuid,"
                        + " now() FROM generate_series(1, " + ACCOUNTS + ") g")
                .update();
        jdbc.sql("ANALYZE").update();
        var partners = portal.getBean(Partners.class);
        DistributorId distributor = partners.registerDistributor("bench", "Bench Distribution", null);
        var csv = new StringBuilder("customer_id,company_name,country,domains\n");
        for (int g = 1; g <= COMPANIES; g++) {
            csv.append("B-").append(g).append(",Bench Company ").append(g).append(",CA,bench-").append(g).append(".com\n");
        }
        partners.importEntitlements(distributor, csv.toString(), "bench");
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        portal.close();
        postgres.close();
    }

    /** One applicant's browser: its own cookies and CSRF token. */
    @State(Scope.Thread)
    public static class Applicant {
        HttpSession browser;

        @Setup(Level.Trial)
        public void open(RegistrationBenchmark bench) throws Exception {
            browser = new HttpSession(bench.port);
            browser.get("/register/bench");
        }
    }

    /** The id PostgreSQL gave the company: {@code md5('c' || n)::uuid}. */
    static String companyId(int n) throws Exception {
        var hex = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("MD5").digest(("c" + n).getBytes()));
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    @Benchmark
    public int emailStep(Applicant applicant) throws Exception {
        int company = ThreadLocalRandom.current().nextInt(1, COMPANIES + 1);
        String email = "new-" + UUID.randomUUID() + "@bench-" + company + ".com";
        return applicant.browser.post("/register/bench", Map.of("email", email)).statusCode();
    }

    @Benchmark
    public int wholeRequest(Applicant applicant) throws Exception {
        int company = ThreadLocalRandom.current().nextInt(1, COMPANIES + 1);
        String email = "new-" + UUID.randomUUID() + "@bench-" + company + ".com";
        applicant.browser.post("/register/bench", Map.of("email", email));
        return applicant.browser
                .post(
                        "/register/bench/company",
                        Map.of(
                                "company", companyId(company),
                                "firstName", "Bench",
                                "lastName", "Applicant"))
                .statusCode();
    }
}
