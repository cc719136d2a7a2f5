package com.partnerportal.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import com.partnerportal.deals.internal.DealForm;
import com.partnerportal.deals.internal.Deals;
import com.partnerportal.deals.internal.Deals.Action;
import com.partnerportal.partners.Partners;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.Caller;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalProcess;
import partnerportal.testing.TestAccounts;

/**
 * R9.4 and R9.5 on two application instances sharing one PostgreSQL: twenty vendor admins
 * approving twenty registrations of one customer and product at the same instant over HTTP, half
 * on each instance, end with one approved; each product of a customer is approved once; and the
 * protection job, running every second on both instances, expires each registration once and sends
 * each reminder once (counted by Message-ID at the SMTP server).
 */
class DealTwoInstancesTest {

    static EmbeddedPostgres postgres;
    static GreenMail smtp;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoInstances() throws Exception {
        postgres = EmbeddedPostgresConfiguration.start(null);
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String[] job = {"--portal.deals.protection-check=PT1S", "--portal.deals.protection-first-check=PT1S"};
        first = PortalProcess.start(postgres, port, job);
        second = PortalProcess.start(postgres, port, job);
    }

    @AfterAll
    static void stop() throws Exception {
        second.close();
        first.close();
        smtp.stop();
        postgres.close();
    }

    @Test
    void ofTwentyApprovalsAtOnceOnTwoInstancesOneWinsAndEachProductOnce() throws Exception {
        String domain = "contested-" + UUID.randomUUID().toString().substring(0, 8) + ".com";
        UUID product = product("Contested XDR");
        List<UUID> deals = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            deals.add(underVendorReview(domain, List.of(product), i));
        }
        var outcomes = approveAtOnce(deals);
        assertThat(outcomes).as("every approval answered").containsOnly(302);
        assertThat(statuses(deals)).filteredOn("APPROVED"::equals).hasSize(1);
        assertThat(statuses(deals)).filteredOn("VENDOR_REVIEW"::equals).hasSize(19);
        UUID winner = deals.get(statuses(deals).indexOf("APPROVED"));
        var loser = deals.stream().filter(d -> !d.equals(winner)).findFirst().orElseThrow();
        assertThat(vendor(1).get("/deals/" + loser).body())
                .contains("Conflicts")
                .contains("domain");

        String shared = "shared-" + UUID.randomUUID().toString().substring(0, 8) + ".com";
        List<UUID> products = List.of(product("Cloud"), product("Identity"), product("Purple"), product("Ranger"));
        List<UUID> perProduct = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            perProduct.add(underVendorReview(shared, List.of(products.get(i % 4)), i));
        }
        approveAtOnce(perProduct);
        assertThat(statuses(perProduct)).filteredOn("APPROVED"::equals).hasSize(4);
        assertThat(jdbc().sql("SELECT count(DISTINCT product_id) FROM deal_claim WHERE customer_key = :k")
                        .param("k", "domain:" + shared)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        System.out.println("Checked: 20 approvals at once over two instances → 1 approved; 4 products → 4 approved");
    }

    @Test
    void theJobOnBothInstancesExpiresOnceAndRemindsOnce() throws Exception {
        List<UUID> expiring = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String domain = "expiring-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + ".com";
            UUID deal = underVendorReview(domain, List.of(product("Expiring " + i)), i);
            first.getBean(Deals.class).act(Caller.vendor("olivia@sentinelone.example"), deal, Action.APPROVE, null);
            expiring.add(deal);
        }
        // Two expire now, two are 10 days away (the 14-day reminder), two 2 days away (both reminders).
        setExpiry(expiring.subList(0, 2), "-1 minute");
        setExpiry(expiring.subList(2, 4), "10 days");
        setExpiry(expiring.subList(4, 6), "2 days");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> statuses(expiring.subList(0, 2)).stream().allMatch("EXPIRED"::equals));
        await().atMost(Duration.ofSeconds(30)).until(() -> reminderIds().size() == 6);
        await().atMost(Duration.ofSeconds(30)).until(() -> received(reminderIds()) == 6);
        Thread.sleep(3_000); // more runs of the job on both instances: nothing happens twice
        assertThat(reminderIds()).hasSize(6);
        assertThat(received(reminderIds())).isEqualTo(6);
        for (UUID deal : expiring.subList(0, 2)) {
            assertThat(jdbc().sql("SELECT count(*) FROM deal_history WHERE deal_id = :d AND to_status = 'EXPIRED'")
                            .param("d", deal)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
        System.out.println("Checked: the job on two instances expired 2 registrations once and sent 6 reminders once");
    }

    /** The reminders' Message-IDs as the outbox recorded them, one row per reminder. */
    private List<String> reminderIds() {
        return jdbc().sql("SELECT message_id FROM email_message WHERE kind = 'deal-reminder'")
                .query(String.class)
                .list();
    }

    /** How many messages the SMTP server received with these Message-IDs, duplicates counted. */
    private static long received(List<String> messageIds) {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(DealTwoInstancesTest::messageId)
                .filter(messageIds::contains)
                .count();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private List<Integer> approveAtOnce(List<UUID> deals) throws Exception {
        List<HttpSession> vendors = new ArrayList<>();
        for (int i = 0; i < deals.size(); i++) {
            var vendor = vendor(i);
            vendor.get("/deals/" + deals.get(i));
            vendors.add(vendor);
        }
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(deals.size())) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < deals.size(); i++) {
                var vendor = vendors.get(i);
                var deal = deals.get(i);
                results.add(pool.submit(() -> {
                    start.await();
                    return vendor.post("/deals/" + deal + "/approve", Map.of()).statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (var result : results) {
                codes.add(result.get());
            }
            return codes;
        }
    }

    /** A vendor admin of their own, logged in on the first instance for even numbers, the second for odd. */
    private HttpSession vendor(int i) throws Exception {
        String email = TestAccounts.uniqueEmail("vendor", "sentinelone.example");
        first.getBean(Accounts.class)
                .openWithPassword(
                        NewAccount.vendorAdmin(email, "Vera", "Vendor" + i, Locale.ENGLISH), TestAccounts.PASSWORD);
        var session = new HttpSession(PortalProcess.port(i % 2 == 0 ? first : second));
        session.logIn(email, TestAccounts.PASSWORD);
        return session;
    }

    /** A partner of its own (and its distributor) registers the customer; the distributor passes it on. */
    private UUID underVendorReview(String domain, List<UUID> products, int i) {
        var partners = first.getBean(Partners.class);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var company = partners.registerCompany("Racer " + tag, "CA", Set.of("racer-" + tag + ".com"));
        var distributor = partners.registerDistributor("d-" + tag, "Distributor " + tag, null);
        partners.associate(company, distributor, "R-" + tag, "test");
        String seller = "seller" + i + "@racer-" + tag + ".com";
        first.getBean(Accounts.class)
                .invite(NewAccount.partnerUser(seller, "Sam", "Seller" + i, company.value(), Locale.ENGLISH), "test");
        var deals = first.getBean(Deals.class);
        UUID id = deals.register(
                Caller.partner(seller, company.value()),
                new DealForm(
                        "Contested Customer",
                        "https://www." + domain,
                        "CA",
                        "Ada Buyer",
                        "ada@" + domain,
                        null,
                        products.stream().map(UUID::toString).toList(),
                        "USD",
                        "25000",
                        LocalDate.now().plusMonths(2).toString(),
                        null,
                        null),
                true);
        deals.act(
                Caller.reviewer("rita@" + tag + ".example", distributor.value()), id, Action.DISTRIBUTOR_APPROVE, null);
        return id;
    }

    private UUID product(String name) {
        UUID id = UUID.randomUUID();
        jdbc().sql("INSERT INTO deal_product (id, name) VALUES (:id, :name)")
                .param("id", id)
                .param("name", name + " " + id.toString().substring(0, 8))
                .update();
        return id;
    }

    private void setExpiry(List<UUID> deals, String interval) {
        jdbc().sql("UPDATE deal_registration SET expires_at = now() + CAST(:i AS interval) WHERE id = ANY(:ids)")
                .param("i", interval)
                .param("ids", deals.toArray(UUID[]::new))
                .update();
    }

    private List<String> statuses(List<UUID> deals) {
        var byId = jdbc()
                .sql("SELECT id, status FROM deal_registration WHERE id = ANY(:ids)")
                .param("ids", deals.toArray(UUID[]::new))
                .query((row, n) -> Map.entry(row.getObject("id", UUID.class), row.getString("status")))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return deals.stream().map(byId::get).toList();
    }

    private static JdbcClient jdbc() {
        return first.getBean(JdbcClient.class);
    }
}
