package partnerportal.bench;

import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import org.springframework.context.ConfigurableApplicationContext;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.PortalProcess;

/**
 * R2.2: how long a distributor's 100,000-row entitlement CSV takes to check and apply, through the
 * same service the upload page and the API use, on the whole application and a real PostgreSQL.
 * {@code fresh}: every row is new. {@code reimport}: the same file again, every row unchanged.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class EntitlementImportBenchmark {

    @Param("100000")
    int rows;

    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext portal;
    private Partners partners;
    private String csv;
    private DistributorId fresh;
    private DistributorId filled;

    @Setup(Level.Trial)
    public void startPortal() throws Exception {
        postgres = EmbeddedPostgresConfiguration.start(null);
        portal = PortalProcess.start(postgres, 2525, "--logging.level.root=WARN", "--logging.level.com.partnerportal=WARN");
        partners = portal.getBean(Partners.class);
        var text = new StringBuilder(rows * 60).append("customer_id,company_name,country,domains\n");
        for (int i = 0; i < rows; i++) {
            text.append("CUST-").append(i).append(",Partner Company ").append(i).append(",CA,mail.partner-")
                    .append(i).append(".ca partner-").append(i).append(".com\n");
        }
        csv = text.toString();
        filled = newDistributor();
        partners.importEntitlements(filled, csv, "bench");
    }

    @Setup(Level.Invocation)
    public void emptyList() {
        fresh = newDistributor();
    }

    @Benchmark
    public Object fresh() {
        return partners.importEntitlements(fresh, csv, "bench").orElseThrow();
    }

    @Benchmark
    public Object reimport() {
        return partners.importEntitlements(filled, csv, "bench").orElseThrow();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        portal.close();
        postgres.close();
    }

    private DistributorId newDistributor() {
        String slug = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        return partners.registerDistributor(slug, "Bench " + slug, null);
    }
}
