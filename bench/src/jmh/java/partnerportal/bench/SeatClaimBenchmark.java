package partnerportal.bench;

import com.partnerportal.university.internal.TechnicalSeats;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import partnerportal.testing.PortalProcess;

/**
 * R5.2–R5.4 at scale: 10,000 users of 2,000 companies (5 seats each) launch the University for the
 * first time, 64 at a time, through {@code TechnicalSeats.launch}. One operation is the whole wave;
 * it prints claims per second, the p50/p99 of one launch, and checks afterwards that no company holds
 * more seats than its limit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class SeatClaimBenchmark {

    static final int COMPANIES = 2_000;
    static final int USERS = 10_000;
    static final int CLIENTS = 64;

    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext portal;
    private TechnicalSeats seats;
    private JdbcClient jdbc;
    private List<UUID[]> users;

    @Setup(Level.Trial)
    public void startPortal() throws Exception {
        postgres = EmbeddedPostgresConfiguration.start(null);
        portal = PortalProcess.start(
                postgres, 2525, "--logging.level.root=WARN", "--spring.datasource.hikari.maximum-pool-size=" + CLIENTS);
        seats = portal.getBean(TechnicalSeats.class);
        jdbc = portal.getBean(JdbcClient.class);
    }

    @Setup(Level.Iteration)
    public void freshUsers() {
        jdbc.sql("TRUNCATE technical_seat, university_launch").update();
        String run = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO company (id, name, country) SELECT md5(:run || 'c' || g)::uuid, 'Seat Company ' || g, 'CA'"
                        + " FROM generate_series(1, " + COMPANIES + ") g")
                .param("run", run)
                .update();
        jdbc.sql("INSERT INTO account (id, email, role, first_name, last_name, company_id) SELECT md5(:run || 'a' || g)::uuid,"
                        + " 'u' || g || '-' || :run || '@seats.example', 'PARTNER_USER', 'S', 'U',"
                        + " md5(:run || 'c' || (g % " + COMPANIES + " + 1))::uuid FROM generate_series(1, " + USERS + ") g")
                .param("run", run)
                .update();
        users = jdbc.sql("SELECT id, company_id FROM account WHERE email LIKE '%-' || :run || '@seats.example' ORDER BY random()")
                .param("run", run)
                .query((row, n) -> new UUID[] {row.getObject(1, UUID.class), row.getObject(2, UUID.class)})
                .list();
    }

    @Benchmark
    public long firstLaunches() throws Exception {
        long[] latencies = new long[users.size()];
        long started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < users.size(); i++) {
                int index = i;
                done.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    seats.launch(
                            new com.partnerportal.accounts.AccountId(users.get(index)[0]),
                            new com.partnerportal.partners.CompanyId(users.get(index)[1]));
                    latencies[index] = System.nanoTime() - t;
                }));
            }
            for (var future : done) {
                future.get();
            }
        }
        long elapsed = System.nanoTime() - started;
        Arrays.sort(latencies);
        long over = jdbc.sql("SELECT count(*) FROM (SELECT s.company_id FROM technical_seat s JOIN company c ON c.id = s.company_id"
                        + " GROUP BY s.company_id, c.technical_seat_limit HAVING count(*) > c.technical_seat_limit) x")
                .query(Long.class)
                .single();
        long held = jdbc.sql("SELECT count(*) FROM technical_seat").query(Long.class).single();
        System.out.printf(
                "%n  %d first launches in %.2f s: %.0f launches/s, %d seats claimed; one launch p50 %.1f ms, p99 %.1f ms;"
                        + " companies over their limit: %d%n",
                users.size(),
                elapsed / 1e9,
                users.size() / (elapsed / 1e9),
                held,
                latencies[latencies.length / 2] / 1e6,
                latencies[(int) (latencies.length * 0.99)] / 1e6,
                over);
        if (over != 0 || held != (long) COMPANIES * 5) {
            throw new IllegalStateException("Seat limit broken: " + over + " companies over, " + held + " seats");
        }
        return held;
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        portal.close();
        postgres.close();
    }
}
