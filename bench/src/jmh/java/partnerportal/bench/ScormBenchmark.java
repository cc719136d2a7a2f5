package partnerportal.bench;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import com.partnerportal.partners.Partners;
import com.partnerportal.university.internal.ScormImports;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
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
import org.springframework.web.util.HtmlUtils;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalProcess;
import partnerportal.testing.ScormPackages;

/**
 * R5.7 under load: 64 learners, each with the player open on a SCORM 1.2 course, commit their data
 * model every 5 seconds (as runtimes with autocommit do: ~30 elements and a growing suspend data up
 * to 4 KB) for 60 seconds, over HTTP with their session and CSRF header. Prints the commits per
 * second and each commit's round trip on this machine (p50, p99, max).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ScormBenchmark {

    static final int LEARNERS = 64;
    static final int SECONDS = 60;
    static final int EVERY_SECONDS = 5;
    static final String PASSWORD = "violet kettle harbour 2026";
    private static final Pattern COMMIT = Pattern.compile("data-commit-url=\"([^\"]+)\"");

    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext portal;
    private final List<HttpSession> learners = new ArrayList<>();
    private final List<String> commitUrls = new ArrayList<>();

    @Setup(Level.Trial)
    public void startPortalWithLearners() throws Exception {
        postgres = EmbeddedPostgresConfiguration.start(null);
        portal = PortalProcess.start(postgres, 2528, "--logging.level.root=WARN");
        int port = PortalProcess.port(portal);
        var company = portal.getBean(Partners.class).registerCompany("Bench learners", "CA", Set.of("bench-learners.com"));
        ScormPackages.importPublished(
                portal.getBean(ScormImports.class),
                portal.getBean(JdbcClient.class),
                "bench-scorm",
                "SALES",
                "1.2",
                "Bench",
                "Bench");
        var accounts = portal.getBean(Accounts.class);
        for (int i = 0; i < LEARNERS; i++) {
            String email = "learner" + i + "@bench-learners.com";
            accounts.openWithPassword(
                    NewAccount.partnerUser(email, "Learner", "N" + i, company.value(), Locale.ENGLISH), PASSWORD);
            var session = new HttpSession(port);
            session.logIn(email, PASSWORD);
            var player = session.get("/university/courses/bench-scorm/play/1").body();
            var url = COMMIT.matcher(player);
            if (!url.find()) {
                throw new IllegalStateException("no player for " + email);
            }
            learners.add(session);
            commitUrls.add(HtmlUtils.htmlUnescape(url.group(1)));
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        portal.close();
        postgres.close();
    }

    @Benchmark
    public void commitEveryFiveSeconds() throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        var failures = new AtomicInteger();
        long started = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < LEARNERS; i++) {
                int learner = i;
                threads.submit(() -> {
                    // Spread over the first period, as learners who opened the course at different times.
                    long offset = TimeUnit.SECONDS.toNanos(EVERY_SECONDS) * learner / LEARNERS;
                    for (int n = 0; n < SECONDS / EVERY_SECONDS; n++) {
                        long due = started + offset + TimeUnit.SECONDS.toNanos((long) n * EVERY_SECONDS);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        long before = System.nanoTime();
                        int status = learners.get(learner).postJson(commitUrls.get(learner), model(learner, n)).statusCode();
                        latencies.add(System.nanoTime() - before);
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%n  %d learners committing every %d s for %d s: %d commits in %.1f s = %.1f commits/s,"
                        + " %d failed; round trip p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                LEARNERS, EVERY_SECONDS, SECONDS, sorted.length, seconds, sorted.length / seconds, failures.get(),
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    /** A SCORM 1.2 data model as a runtime flattens it, its suspend data growing with each commit. */
    private static String model(int learner, int commit) {
        var json = new StringBuilder("{");
        json.append("\"cmi.core.lesson_status\":\"incomplete\",\"cmi.core.lesson_location\":\"slide-").append(commit).append("\",");
        json.append("\"cmi.core.exit\":\"suspend\",\"cmi.core.session_time\":\"0000:00:05.00\",");
        json.append("\"cmi.core.score.raw\":\"").append(commit * 7 % 100).append("\",");
        json.append("\"cmi.core.student_id\":\"learner").append(learner).append("\",");
        for (int i = 0; i < 24; i++) {
            json.append("\"cmi.student_preference.p").append(i).append("\":\"").append(i).append("\",");
        }
        json.append("\"cmi.suspend_data\":\"").append("x".repeat(Math.min(4000, 300 * (commit + 1)))).append("\"}");
        return json.toString();
    }
}
