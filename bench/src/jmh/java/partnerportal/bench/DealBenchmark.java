package partnerportal.bench;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import com.partnerportal.deals.internal.CustomerNames;
import com.partnerportal.deals.internal.DealRegistration;
import com.partnerportal.deals.internal.DealStore;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * R9.2 at scale: 1,000,000 registrations of 100,000 customers by 10,000 partner companies (a tenth
 * approved, a fifth under review, the rest closed), their names two words of a 5,000-word
 * vocabulary whose first word is heavily skewed, so that similar names are common, as real ones are. {@code conflictChecks} runs 2,000 conflict
 * checks of random customers, one at a time, and prints p50/p99; {@code registrations} submits
 * 3,200 registrations through {@code POST /deals/new}, 64 partner users at a time, and prints the
 * throughput and the latency.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class DealBenchmark {

    static final int REGISTRATIONS = 1_000_000;
    static final int CUSTOMERS = 100_000;
    static final int COMPANIES = 10_000;
    static final int PRODUCTS = 20;
    static final int CHECKS = 2_000;
    static final int CLIENTS = 64;
    static final int SUBMISSIONS = 3_200;
    static final String PASSWORD = "violet kettle harbour 2026";

    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext portal;
    private String[] words;
    private List<UUID> products;
    private List<HttpSession> sellers;
    private final AtomicLong submitted = new AtomicLong();

    @Setup(Level.Trial)
    public void startPortalWithRegistrations() throws Exception {
        postgres = EmbeddedPostgresConfiguration.start(null);
        portal = PortalProcess.start(
                postgres,
                2525,
                "--logging.level.root=WARN",
                "--spring.datasource.hikari.maximum-pool-size=" + CLIENTS,
                "--server.tomcat.threads.max=" + CLIENTS);
        var jdbc = portal.getBean(JdbcClient.class);
        words = words();
        long started = System.nanoTime();
        jdbc.sql("""
                CREATE TABLE bench_company AS
                SELECT k, gen_random_uuid() AS id, NULL::uuid AS distributor_id FROM generate_series(0, :n - 1) k
                """).param("n", COMPANIES).update();
        jdbc.sql("""
                INSERT INTO distributor (id, slug, name)
                SELECT gen_random_uuid(), 'bench-' || d, 'Bench distributor ' || d FROM generate_series(0, 9) d
                """).update();
        jdbc.sql("""
                UPDATE bench_company b SET distributor_id = d.id
                  FROM (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS n FROM distributor
                         WHERE slug LIKE 'bench-%') d
                 WHERE d.n = b.k % 10
                """).update();
        jdbc.sql("INSERT INTO company (id, name, country) SELECT id, 'Bench partner ' || k, 'CA' FROM bench_company")
                .update();
        products = new ArrayList<>();
        for (int p = 0; p < PRODUCTS; p++) {
            products.add(portal.getBean(DealStore.class).addProduct("Bench product " + p));
        }
        for (int from = 0; from < REGISTRATIONS; from += 100_000) {
            jdbc.sql("""
                    INSERT INTO deal_registration (id, company_id, distributor_id, registered_by, status, customer_name,
                           customer_name_key, customer_country, customer_website, customer_domain, contact_name,
                           contact_email, contact_domain, customer_key, currency, estimated_value, expected_close,
                           submitted_at, approved_at, expires_at, product_ids)
                    SELECT gen_random_uuid(), b.id, b.distributor_id, 'bench@bench.example', x.status,
                           initcap(x.w1) || ' ' || initcap(x.w2) || ' ' || (ARRAY['Inc', 'Ltd', 'SAS', 'GmbH'])[1 + x.c % 4],
                           x.w1 || ' ' || x.w2, (ARRAY['CA', 'US', 'FR', 'DE', 'GB'])[1 + x.c % 5],
                           'https://' || x.dom, x.dom, 'Ada Buyer', 'ada@' || x.dom, x.dom, 'domain:' || x.dom, 'USD',
                           1000 + x.g % 90000, current_date + 60, now() - (x.g % 300) * interval '1 hour',
                           CASE WHEN x.status = 'APPROVED' THEN now() - interval '30 days' END,
                           CASE WHEN x.status = 'APPROVED' THEN now() + interval '60 days' END,
                           ARRAY(SELECT DISTINCT p FROM unnest(ARRAY[(CAST(:products AS uuid[]))[1 + x.g % :count],
                                 CASE WHEN x.g % 3 = 0 THEN (CAST(:products AS uuid[]))[1 + (x.g / :count) % :count] END]) p
                                 WHERE p IS NOT NULL ORDER BY p)
                      FROM (SELECT g, g % :customers AS c, 'c' || (g % :customers) || '.example' AS dom,
                                   w[1 + floor(cardinality(w) * (hashint4(g % :customers) / 4294967296.0 + 0.5) ^ 3)::int]
                                       AS w1,
                                   w[1 + (hashint4((g % :customers) + 7) & 2147483647) % cardinality(w)] AS w2,
                                   CASE g / :customers WHEN 0 THEN 'APPROVED' WHEN 1 THEN 'SUBMITTED'
                                        WHEN 2 THEN 'VENDOR_REVIEW'
                                        ELSE (ARRAY['WON', 'LOST', 'EXPIRED', 'REJECTED', 'WITHDRAWN'])[1 + g % 5] END
                                       AS status
                              FROM (SELECT CAST(:words AS text[]) AS w) vocabulary,
                                   generate_series(:from, :to) g) x
                      JOIN bench_company b ON b.k = (x.g::bigint * 7919) % :companies
                    """)
                    .param("customers", CUSTOMERS)
                    .param("companies", COMPANIES)
                    .param("words", words)
                    .param("from", from)
                    .param("to", from + 99_999)
                    .param("products", products.toArray(UUID[]::new))
                    .param("count", PRODUCTS)
                    .update();
        }
        jdbc.sql("""
                INSERT INTO deal_registration_product (deal_id, product_id)
                SELECT r.id, unnest(r.product_ids) FROM deal_registration r
                """).update();
        jdbc.sql("""
                INSERT INTO deal_claim (customer_key, product_id, deal_id)
                SELECT r.customer_key, x.product_id, r.id FROM deal_registration r
                  JOIN deal_registration_product x ON x.deal_id = r.id WHERE r.status = 'APPROVED'
                """).update();
        jdbc.sql("VACUUM ANALYZE").update();
        System.out.printf(
                "%n  %,d registrations of %,d customers by %,d companies generated in %.1f s%n",
                REGISTRATIONS, CUSTOMERS, COMPANIES, (System.nanoTime() - started) / 1e9);

        sellers = new ArrayList<>();
        var accounts = portal.getBean(Accounts.class);
        var companies = jdbc.sql("SELECT id FROM bench_company ORDER BY k LIMIT :n")
                .param("n", CLIENTS)
                .query(UUID.class)
                .list();
        for (int i = 0; i < CLIENTS; i++) {
            String email = "seller" + i + "@bench-partner.example";
            jdbc.sql("""
                    INSERT INTO distributor_association (id, company_id, distributor_id, customer_id, started_by)
                    SELECT gen_random_uuid(), b.id, b.distributor_id, 'B-' || b.k, 'bench' FROM bench_company b
                     WHERE b.id = :c
                    """).param("c", companies.get(i)).update();
            accounts.openWithPassword(
                    NewAccount.partnerUser(email, "Sam", "Seller" + i, companies.get(i), Locale.ENGLISH), PASSWORD);
            var session = new HttpSession(PortalProcess.port(portal));
            session.logIn(email, PASSWORD);
            session.get("/deals/new");
            sellers.add(session);
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        portal.close();
        postgres.close();
    }

    @Benchmark
    public long conflictChecks() {
        var store = portal.getBean(DealStore.class);
        var jdbc = portal.getBean(JdbcClient.class);
        var random = new Random(11);
        long[] latencies = new long[CHECKS];
        long found = 0;
        for (int i = 0; i < CHECKS; i++) {
            int c = random.nextInt(CUSTOMERS);
            String domain = "c" + c + ".example";
            String name = existingName(jdbc, c) + " Corporation";
            var deal = DealRegistration.draft(
                    new CompanyId(UUID.randomUUID()),
                    new DistributorId(UUID.randomUUID()),
                    "bench@bench.example",
                    new DealRegistration.Customer(
                            name, CustomerNames.key(name), List.of("CA", "US", "FR", "DE", "GB").get(c % 5), null, domain),
                    new DealRegistration.Contact("Bob", "bob@" + domain, domain, null),
                    Set.of(products.get(random.nextInt(PRODUCTS))),
                    new DealRegistration.Estimate("USD", BigDecimal.TEN, LocalDate.now().plusMonths(1)),
                    null);
            long t = System.nanoTime();
            found += store.conflicts(deal).size();
            latencies[i] = System.nanoTime() - t;
        }
        Arrays.sort(latencies);
        System.out.printf(
                "%n  %,d conflict checks over %,d registrations: p50 %.2f ms, p99 %.2f ms, max %.2f ms;"
                        + " %.1f conflicts per check on average%n",
                CHECKS,
                REGISTRATIONS,
                latencies[CHECKS / 2] / 1e6,
                latencies[(int) (CHECKS * 0.99)] / 1e6,
                latencies[CHECKS - 1] / 1e6,
                (double) found / CHECKS);
        return latencies[(int) (CHECKS * 0.99)];
    }

    @Benchmark
    public long registrations() throws Exception {
        long[] latencies = new long[SUBMISSIONS];
        var failures = new AtomicLong();
        String product = products.get(0).toString();
        String close = LocalDate.now().plusMonths(2).toString();
        long started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                var seller = sellers.get(client);
                int first = client * (SUBMISSIONS / CLIENTS);
                done.add(pool.submit(() -> {
                    for (int i = first; i < first + SUBMISSIONS / CLIENTS; i++) {
                        long n = submitted.incrementAndGet();
                        String domain = "new-" + n + ".example";
                        long t = System.nanoTime();
                        var response = seller.post(
                                "/deals/new",
                                Map.of(
                                        "customerName", "New Customer " + n,
                                        "customerWebsite", domain,
                                        "customerCountry", "CA",
                                        "contactName", "Ada Buyer",
                                        "contactEmail", "ada@" + domain,
                                        "products", product,
                                        "currency", "USD",
                                        "estimatedValue", "25000",
                                        "expectedClose", close,
                                        "intent", "submit"));
                        latencies[i] = System.nanoTime() - t;
                        if (response.statusCode() != 302) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (var future : done) {
                future.get();
            }
        }
        long elapsed = System.nanoTime() - started;
        Arrays.sort(latencies);
        System.out.printf(
                "%n  %,d registrations submitted by %d partner users at once in %.2f s: %.0f registrations/s;"
                        + " latency p50 %.1f ms, p99 %.1f ms; failures %d%n",
                SUBMISSIONS,
                CLIENTS,
                elapsed / 1e9,
                SUBMISSIONS / (elapsed / 1e9),
                latencies[SUBMISSIONS / 2] / 1e6,
                latencies[(int) (SUBMISSIONS * 0.99)] / 1e6,
                failures.get());
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " registrations failed");
        }
        return latencies[(int) (SUBMISSIONS * 0.99)];
    }

    /** The customer's name as generated, its legal form left out: the check looks it up under another one. */
    private static String existingName(JdbcClient jdbc, int customer) {
        return jdbc.sql("SELECT customer_name_key FROM deal_registration WHERE customer_domain = :d LIMIT 1")
                .param("d", "c" + customer + ".example")
                .query(String.class)
                .single();
    }

    /**
     * 5,000 made-up words of 4 to 9 letters. A name's first word is drawn with a strong skew (a few
     * words, like "global" or "tech", start thousands of names), its second uniformly.
     */
    private static String[] words() {
        var random = new Random(3);
        var all = new java.util.LinkedHashSet<String>();
        while (all.size() < 5_000) {
            var word = new StringBuilder();
            int length = 4 + random.nextInt(6);
            for (int i = 0; i < length; i++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            all.add(word.toString());
        }
        return all.toArray(String[]::new);
    }
}
