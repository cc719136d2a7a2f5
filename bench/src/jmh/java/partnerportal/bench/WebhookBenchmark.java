package partnerportal.bench;

import com.partnerportal.deals.DealChanged;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import com.partnerportal.webhooks.internal.EndpointForm;
import com.partnerportal.webhooks.internal.EventType;
import com.partnerportal.webhooks.internal.Owner;
import com.partnerportal.webhooks.internal.Webhooks;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import partnerportal.testing.Caller;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.PortalProcess;
import partnerportal.testing.WebhookReceiver;
import tools.jackson.databind.json.JsonMapper;

/**
 * R12.1 under load: 10,000 deal events of one distributor's partners, committed 100 to a transaction,
 * fanned out to that distributor's 10 endpoints (local receivers answering 204): 100,000 signed
 * deliveries by one portal instance, sending one at a time or 32 at once. Prints deliveries per second
 * (first commit to last receipt) and the latency from the event's time in its transaction to its
 * receipt (p50, p99, max).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class WebhookBenchmark {

    static final int EVENTS = 10_000;
    static final int ENDPOINTS = 10;
    static final int PER_TRANSACTION = 100;

    /** Deliveries in flight per instance: 1 is how the first version sent (one after another). */
    @Param({"1", "32"})
    public int concurrency;

    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext portal;
    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private CompanyId company;
    private DistributorId distributor;
    private final JsonMapper json = JsonMapper.builder().build();

    @Setup(Level.Trial)
    public void startPortalWithEndpoints() throws Exception {
        postgres = EmbeddedPostgresConfiguration.start(null);
        portal = PortalProcess.start(
                postgres, 2527, "--logging.level.root=WARN", "--portal.webhooks.concurrency=" + concurrency);
        var partners = portal.getBean(Partners.class);
        var webhooks = portal.getBean(Webhooks.class);
        distributor = partners.registerDistributor("bench", "Bench distributor", null);
        company = partners.registerCompany("Bench partner", "CA", java.util.Set.of("bench-partner.com"));
        Owner owner = webhooks.distributor(Caller.reviewer("bench@bench.example", distributor.value()), distributor.value());
        for (int i = 0; i < ENDPOINTS; i++) {
            var receiver = new WebhookReceiver();
            receivers.add(receiver);
            webhooks.create(
                    owner,
                    new EndpointForm(receiver.url("/bench"), "Bench " + i, List.of(EventType.DEAL_CHANGED), true),
                    "bench@bench.example");
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        portal.close();
        receivers.forEach(WebhookReceiver::close);
        postgres.close();
    }

    /** All 10,000 events as fast as they commit: the instance's throughput, and the backlog's wait. */
    @Benchmark
    public void fanOut() throws Exception {
        run("burst", 0);
    }

    /** 100 events (1,000 deliveries) a second, below the instance's capacity: the latency a receiver sees. */
    @Benchmark
    public void paced() throws Exception {
        run("100 events/s", 100);
    }

    private void run(String label, int eventsPerSecond) throws Exception {
        ApplicationEventPublisher events = portal;
        var transactions = new TransactionTemplate(portal.getBean(PlatformTransactionManager.class));
        int before = receivers.stream().mapToInt(WebhookReceiver::count).sum();
        long started = System.currentTimeMillis();
        int perTransaction = eventsPerSecond == 0 ? PER_TRANSACTION : Math.max(1, eventsPerSecond / 10);
        for (int t = 0; t < EVENTS / perTransaction; t++) {
            if (eventsPerSecond > 0) {
                long due = started + (long) t * perTransaction * 1000 / eventsPerSecond;
                long wait = due - System.currentTimeMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
            }
            transactions.executeWithoutResult(status -> {
                for (int i = 0; i < perTransaction; i++) {
                    events.publishEvent(new DealChanged(
                            "bench",
                            UUID.randomUUID(),
                            "submit",
                            "bench@bench-partner.com",
                            "Customer",
                            "DISTRIBUTOR_REVIEW",
                            null,
                            "bench",
                            company,
                            distributor));
                }
            });
        }
        long committed = System.currentTimeMillis();
        int expected = before + EVENTS * ENDPOINTS;
        while (receivers.stream().mapToInt(WebhookReceiver::count).sum() < expected) {
            if (System.currentTimeMillis() - started > 900_000) {
                throw new IllegalStateException("not delivered within 15 minutes");
            }
            Thread.sleep(20);
        }
        long done = System.currentTimeMillis();
        long[] latencies = receivers.stream()
                .flatMap(r -> r.received().stream().skip(before / ENDPOINTS))
                .mapToLong(r -> r.atMillis() - Instant.parse((String) json.readValue(r.body(), Map.class).get("timestamp")).toEpochMilli())
                .sorted()
                .toArray();
        System.out.printf("%n  %s, %d events → %d deliveries: committed in %d ms, all received after %d ms: %.0f deliveries/s;"
                        + " event to receipt p50 %d ms, p99 %d ms, max %d ms%n",
                label, EVENTS, EVENTS * ENDPOINTS, committed - started, done - started,
                EVENTS * ENDPOINTS * 1000.0 / (done - started),
                latencies[latencies.length / 2], latencies[(int) (latencies.length * 0.99)], latencies[latencies.length - 1]);
        portal.getBean(JdbcClient.class).sql("DELETE FROM webhook_delivery").update();
    }
}
