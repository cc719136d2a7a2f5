package partnerportal.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import jdk.management.VirtualThreadSchedulerMXBean;
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
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalProcess;

/**
 * R4.3: how many form logins per second the portal serves at OWASP's Argon2id parameters, beside
 * what one hash costs on the same machine. {@code hash}: one Argon2id verification, one thread.
 * {@code login}: GET /login then POST /login over HTTP for one of 10,000 users, from as many
 * threads as the machine has cores. The limit the hash sets is cores ÷ hash time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class LoginBenchmark {

    static final int USERS = 10_000;
    static final String PASSWORD = "benchmark passphrase for every user";

    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext portal;
    private PasswordEncoder encoder;
    private String storedHash;
    int port;

    @Setup(Level.Trial)
    public void startPortal() throws Exception {
        postgres = EmbeddedPostgresConfiguration.start(null);
        portal = PortalProcess.start(postgres, 2525, "--logging.level.root=WARN");
        port = PortalProcess.port(portal);
        encoder = portal.getBean(PasswordEncoder.class);
        storedHash = encoder.encode(PASSWORD);
        var jdbc = portal.getBean(JdbcClient.class);
        jdbc.sql("INSERT INTO account (id, email, password_hash, role, first_name, last_name, activated_at)"
                        + " SELECT md5('a' || g)::uuid, 'admin' || g || '@bench.example', :hash, 'VENDOR_ADMIN',"
                        + " 'Bench', 'User', now() FROM generate_series(1, " + USERS + ") g")
                .param("hash", storedHash)
                .update();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        // Peak resident memory of this JVM (the portal and the benchmark's clients; PostgreSQL runs apart).
        Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM"))
                .forEach(line -> System.out.printf("%nPeak RSS of the portal's JVM: %s, max heap %d MiB%n",
                        line.substring(6).strip(), Runtime.getRuntime().maxMemory() >> 20));
        portal.close();
        postgres.close();
    }

    /**
     * How many of the portal's virtual threads wait for a carrier, sampled every millisecond of a measured iteration:
     * the queue a request's next step joins after each database answer (the portal runs in this JVM).
     */
    @State(Scope.Benchmark)
    public static class CarrierQueue {
        private final VirtualThreadSchedulerMXBean scheduler =
                ManagementFactory.getPlatformMXBean(VirtualThreadSchedulerMXBean.class);
        private final List<Integer> samples = Collections.synchronizedList(new ArrayList<>());
        private Thread sampler;

        @Setup(Level.Iteration)
        public void sample(IterationParams iteration) {
            boolean measured = iteration.getType() == IterationType.MEASUREMENT;
            sampler = Thread.ofPlatform().daemon().start(() -> {
                while (measured && !Thread.currentThread().isInterrupted()) {
                    samples.add((int) scheduler.getQueuedVirtualThreadCount());
                    LockSupport.parkNanos(1_000_000);
                }
            });
        }

        @TearDown(Level.Iteration)
        public void stop() throws InterruptedException {
            sampler.interrupt();
            sampler.join();
        }

        @TearDown(Level.Trial)
        public void print() {
            var sorted = samples.stream().sorted().toList();
            double mean = sorted.stream().mapToInt(Integer::intValue).average().orElse(0);
            System.out.printf(
                    "%nCarrier queue (%d carriers): %d samples, virtual threads waiting for a carrier: mean %.2f, "
                            + "p50 %d, p90 %d, p99 %d, max %d; idle (none waiting) %.0f %% of the time%n",
                    scheduler.getParallelism(),
                    sorted.size(),
                    mean,
                    sorted.get(sorted.size() / 2),
                    sorted.get(sorted.size() * 9 / 10),
                    sorted.get(sorted.size() * 99 / 100),
                    sorted.getLast(),
                    100.0 * sorted.stream().filter(n -> n == 0).count() / sorted.size());
        }
    }

    @Benchmark
    @Threads(1)
    public boolean hash() {
        return encoder.matches(PASSWORD, storedHash);
    }

    /** One browser per client thread: its connections stay open, its cookies go after each login. */
    @State(Scope.Thread)
    public static class Browser {
        HttpSession session;

        @Setup(Level.Trial)
        public void open(LoginBenchmark portal) {
            session = new HttpSession(portal.port);
        }
    }

    @Benchmark
    @Threads(Threads.MAX)
    public String login(Browser browser, CarrierQueue queue) throws Exception {
        int user = ThreadLocalRandom.current().nextInt(1, USERS + 1);
        String landing = browser.session.forgetCookies().logIn("admin" + user + "@bench.example", PASSWORD);
        if (!landing.endsWith("/")) {
            throw new IllegalStateException("Login failed: " + landing);
        }
        return landing;
    }
}
