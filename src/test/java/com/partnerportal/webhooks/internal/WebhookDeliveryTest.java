package com.partnerportal.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.deals.DealChanged;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.PartnerReleased;
import com.partnerportal.partners.Partners;
import com.partnerportal.programme.CompanyLevelChanged;
import com.partnerportal.registration.AccessRequestDecided;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.university.CertificationEarned;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import partnerportal.testing.Caller;
import partnerportal.testing.HttpSession;
import partnerportal.testing.Mailbox;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;
import partnerportal.testing.WebhookReceiver;
import partnerportal.testing.WebhookReceiver.Answer;
import tools.jackson.databind.json.JsonMapper;

/** R12.1 end to end: real receivers on local ports, signed deliveries, scope, retries, rotation, the log. */
@PortalTest
class WebhookDeliveryTest {

    @Autowired
    Webhooks webhooks;

    @Autowired
    WebhookJobs jobs;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Partners partners;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    WebhookReceiver receiver;

    @BeforeEach
    void receiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void closeReceiver() {
        receiver.close();
    }

    @Test
    void aDistributorsEndpointHearsOfItsNewPartnerSignedAsStandardWebhooksSays() throws Exception {
        var distributor = testAccounts.distributor();
        var owner = ownerOf(distributor);
        var created = webhooks.create(owner, form("/sherweb", EventType.PARTNER_ASSOCIATED), "rita@sherweb.example");
        var company = testAccounts.company("Northwind " + UUID.randomUUID());

        partners.associate(company, distributor, "C-1", "test");

        var got = awaitReceived("/sherweb", 1).getFirst();
        byte[] secret = WebhookSignature.parse(created.secret());
        assertThat(got.id()).startsWith("msg_");
        assertThat(got.timestamp())
                .isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(30L));
        assertThat(WebhookSignature.verifies(secret, got.signature(), got.id(), got.timestamp(), got.body()))
                .isTrue();
        assertThat(WebhookSignatureTest.nodeVerifies(
                        created.secret(), got.id(), got.timestamp(), got.signature(), got.body()))
                .isTrue();
        Map<?, ?> payload = json.readValue(got.body(), Map.class);
        assertThat(payload.get("type")).isEqualTo("partner.associated");
        assertThat(payload.get("version")).isEqualTo(1);
        assertThat(((Map<?, ?>) payload.get("data")).get("companyId"))
                .isEqualTo(company.value().toString());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> webhooks.log(owner, created.endpoint().id(), null, null, null)
                                .deliveries()
                                .rows()
                                .getFirst()
                                .status()
                        == DeliveryStatus.DELIVERED);
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_endpoint WHERE secret::text LIKE :plain")
                        .param("plain", "%" + created.secret().substring(6, 20) + "%")
                        .query(Long.class)
                        .single())
                .as("the secret is stored encrypted")
                .isZero();
    }

    /** Every event type for a partner of distributor A: A's endpoint and the vendor's hear of each, B's of none (R8.3). */
    @Test
    void aDistributorHearsOnlyOfItsOwnRequestsAndPartnersAndTheVendorOfAll() throws Exception {
        var a = testAccounts.distributor();
        var b = testAccounts.distributor();
        var all = EventType.subscribable().toArray(EventType[]::new);
        webhooks.create(ownerOf(a), form("/a", all), "a@distributor.example");
        webhooks.create(ownerOf(b), form("/b", all), "b@distributor.example");
        var vendor = webhooks.create(Owner.VENDOR, form("/vendor", all), "admin@sentinelone.example");
        var company = testAccounts.company("Scoped " + UUID.randomUUID());
        String user = testAccounts.partnerUser(company);
        UUID account = accounts.findByEmail(user).orElseThrow().id().value();

        partners.associate(company, a, "C-" + UUID.randomUUID(), "test");
        publish(new AccessRequestDecided(
                UUID.randomUUID(),
                user,
                "Paul",
                Locale.ENGLISH,
                "A",
                "APPROVED",
                "ENTITLED",
                false,
                null,
                "automatic",
                a.value()));
        publish(new DealChanged(
                "paul",
                UUID.randomUUID(),
                "submit",
                user,
                "Contoso",
                "DISTRIBUTOR_REVIEW",
                null,
                "submitted",
                company,
                a));
        publish(new CertificationEarned(
                account, user, "Paul", Locale.ENGLISH, "Singularity Expert", "Expert Singularity", "/certificates/x"));
        publish(new CompanyLevelChanged(company, CompanyLevelChanged.Change.REACHED, null, null, null, "system"));
        publish(new PartnerReleased(company, "Scoped", a, "A", "a@distributor.example", "moved", false));

        var expected = Set.of(
                "access-request.decided",
                "partner.associated",
                "deal.changed",
                "certification.earned",
                "level.changed",
                "partner.released");
        await().atMost(Duration.ofSeconds(20)).until(() -> types("/a").containsAll(expected));
        await().atMost(Duration.ofSeconds(20)).until(() -> types("/vendor").containsAll(expected));
        assertThat(types("/a")).isEqualTo(expected);
        // The vendor's endpoint hears of every distributor's events: at least these.
        assertThat(types("/vendor")).containsAll(expected);
        Thread.sleep(1000);
        assertThat(receiver.received("/b")).isEmpty();
        assertThat(vendor.endpoint().distributor()).isNull();
    }

    @Test
    void aReceiverThatIsDownIsRetriedWithTheSameIdUntilItAnswers() throws Exception {
        var owner = ownerOf(testAccounts.distributor());
        var endpoint = webhooks.create(owner, form("/flaky", EventType.PARTNER_ASSOCIATED), "r@d.example")
                .endpoint();
        receiver.answer(n -> n <= 2 ? Answer.of(503) : n == 3 ? new Answer(429, "Retry-After", "1") : Answer.of(200));

        webhooks.sendTest(owner, endpoint.id(), "r@d.example");

        var got = awaitReceived("/flaky", 4);
        assertThat(got.stream().map(WebhookReceiver.Received::id).distinct()).hasSize(1);
        assertThat(got.get(3).atMillis() - got.get(2).atMillis())
                .as("Retry-After: 1 honoured")
                .isGreaterThanOrEqualTo(900);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var delivery = webhooks.log(owner, endpoint.id(), EventType.TEST, null, null)
                    .deliveries()
                    .rows()
                    .getFirst();
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(delivery.attempts()).isEqualTo(4);
            assertThat(delivery.responseStatus()).isEqualTo(200);
        });
    }

    @Test
    void aRefusalOrARedirectFailsAtOnceAndMayBeRedeliveredWithTheSameId() throws Exception {
        var owner = ownerOf(testAccounts.distributor());
        var endpoint = webhooks.create(owner, form("/strict", EventType.PARTNER_ASSOCIATED), "r@d.example")
                .endpoint();
        receiver.answer(n -> n == 1
                ? Answer.of(400)
                : n == 2 ? new Answer(302, "Location", receiver.url("/elsewhere")) : Answer.of(204));

        webhooks.sendTest(owner, endpoint.id(), "r@d.example");
        awaitReceived("/strict", 1);
        var failed = awaitStatus(owner, endpoint.id(), DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.responseStatus()).isEqualTo(400);

        webhooks.redeliver(owner, endpoint.id(), failed.id(), "r@d.example");
        awaitReceived("/strict", 2);
        var redirected = awaitStatus(owner, endpoint.id(), DeliveryStatus.FAILED);
        assertThat(redirected.lastError()).contains("redirect");
        Thread.sleep(500);
        assertThat(receiver.received("/elsewhere"))
                .as("redirects are never followed")
                .isEmpty();

        webhooks.redeliver(owner, endpoint.id(), failed.id(), "r@d.example");
        var got = awaitReceived("/strict", 3);
        assertThat(got.stream().map(WebhookReceiver.Received::id).distinct()).hasSize(1);
        awaitStatus(owner, endpoint.id(), DeliveryStatus.DELIVERED);
        assertThatThrownBy(() -> webhooks.redeliver(owner, endpoint.id(), failed.id(), "r@d.example"))
                .as("only a failed delivery is redelivered")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void duringTheOverlapEitherSecretVerifiesAndAfterItOnlyTheNewOne() throws Exception {
        var owner = ownerOf(testAccounts.distributor());
        var created = webhooks.create(owner, form("/rotating", EventType.PARTNER_ASSOCIATED), "r@d.example");
        byte[] old = WebhookSignature.parse(created.secret());
        var id = created.endpoint().id();

        var rotated = webhooks.rotateSecret(owner, id, "r@d.example");
        byte[] fresh = WebhookSignature.parse(rotated.secret());
        webhooks.sendTest(owner, id, "r@d.example");
        var during = awaitReceived("/rotating", 1).getFirst();
        assertThat(WebhookSignature.verifies(old, during.signature(), during.id(), during.timestamp(), during.body()))
                .isTrue();
        assertThat(WebhookSignature.verifies(fresh, during.signature(), during.id(), during.timestamp(), during.body()))
                .isTrue();

        jdbc.sql("UPDATE webhook_endpoint SET previous_secret_until = now() - interval '1 second' WHERE id = :id")
                .param("id", id)
                .update();
        webhooks.sendTest(owner, id, "r@d.example");
        var after = awaitReceived("/rotating", 2).get(1);
        assertThat(WebhookSignature.verifies(old, after.signature(), after.id(), after.timestamp(), after.body()))
                .isFalse();
        assertThat(WebhookSignature.verifies(fresh, after.signature(), after.id(), after.timestamp(), after.body()))
                .isTrue();
    }

    @Test
    void anEndpointFailingForDaysIsSwitchedOffOnceAndItsOwnerEmailed() throws Exception {
        String owner = TestAccounts.uniqueEmail("owner", "distributor.example");
        var distributor = testAccounts.distributor();
        var endpoint = webhooks.create(ownerOf(distributor), form("/dead", EventType.PARTNER_ASSOCIATED), owner)
                .endpoint();
        jdbc.sql("UPDATE webhook_endpoint SET failing_since = now() - interval '6 days' WHERE id = :id")
                .param("id", endpoint.id())
                .update();
        jdbc.sql("INSERT INTO webhook_delivery (id, endpoint_id, event_type, payload, status, created_at)"
                        + " VALUES (:id, :endpoint, 'webhook.test', '{}', 'DELIVERED', now() - interval '31 days')")
                .param("id", UUID.randomUUID())
                .param("endpoint", endpoint.id())
                .update();

        jobs.upkeep();
        jobs.upkeep();

        assertThat(webhooks.endpoint(ownerOf(distributor), endpoint.id()).active())
                .isFalse();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !Mailbox.to(greenMail, owner).isEmpty());
        Thread.sleep(500);
        assertThat(Mailbox.to(greenMail, owner)).hasSize(1);
        assertThat(Mailbox.text(Mailbox.to(greenMail, owner).getFirst())).contains(endpoint.url());
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_delivery WHERE endpoint_id = :id")
                        .param("id", endpoint.id())
                        .query(Long.class)
                        .single())
                .as("older than 30 days: deleted")
                .isZero();
    }

    @Test
    void anotherDistributorsEndpointDoesNotExistForThem() throws Exception {
        var a = testAccounts.distributor();
        var b = testAccounts.distributor();
        var endpoint = webhooks.create(ownerOf(a), form("/a", EventType.PARTNER_ASSOCIATED), "a@d.example")
                .endpoint();
        var reviewerB = new HttpSession(port);
        reviewerB.logIn(testAccounts.distributorReviewer(b), TestAccounts.PASSWORD);

        assertThat(reviewerB.get("/distributor/" + a.value() + "/webhooks").statusCode())
                .isEqualTo(404);
        assertThat(reviewerB
                        .get("/distributor/" + b.value() + "/webhooks/" + endpoint.id())
                        .statusCode())
                .isEqualTo(404);
        assertThat(reviewerB.get("/admin/webhooks").statusCode()).isIn(403, 404);
        reviewerB.get("/distributor/" + b.value() + "/webhooks");
        assertThat(reviewerB
                        .post("/distributor/" + b.value() + "/webhooks/" + endpoint.id() + "/delete", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(webhooks.endpoint(ownerOf(a), endpoint.id())).isNotNull();
        assertThatThrownBy(() -> webhooks.endpoint(ownerOf(b), endpoint.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingSaved() throws Exception {
        var distributor = testAccounts.distributor();
        var reviewer = new HttpSession(port);
        reviewer.logIn(testAccounts.distributorReviewer(distributor), TestAccounts.PASSWORD);
        String page = "/distributor/" + distributor.value() + "/webhooks";
        reviewer.get(page);

        for (var bad : List.of(
                Map.of("url", "not a url", "events[0]", "DEAL_CHANGED", "active", "true"),
                Map.of("url", "http://10.0.0.1/hook", "events[0]", "DEAL_CHANGED"),
                Map.of("url", "https://169.254.169.254/latest", "events[0]", "DEAL_CHANGED"),
                Map.of("url", receiver.url("/x")),
                Map.of("url", receiver.url("/x"), "events[0]", "NO_SUCH_EVENT"),
                Map.of("url", receiver.url("/x"), "events[0]", "DEAL_CHANGED", "description", "two\nlines"),
                Map.of("url", "x".repeat(3000), "events[0]", "DEAL_CHANGED"))) {
            var answer = reviewer.post(page, bad);
            assertThat(answer.statusCode()).as(bad.toString()).isEqualTo(200);
            assertThat(answer.body()).as(bad.toString()).contains("Please correct the fields below.");
        }
        assertThat(webhooks.endpoints(ownerOf(distributor))).isEmpty();
        assertThatThrownBy(() -> webhooks.create(
                        ownerOf(distributor),
                        new EndpointForm("https://[fd00::1]/hook", null, List.of(EventType.DEAL_CHANGED), true),
                        "r@d.example"))
                .isInstanceOf(FormRefusedException.class);

        var created = reviewer.post(
                page,
                Map.of(
                        "url",
                        receiver.url("/ok"),
                        "events[0]",
                        "DEAL_CHANGED",
                        "description",
                        "CRM",
                        "active",
                        "true"));
        assertThat(created.body()).contains("whsec_").contains("Copy the signing secret now");
        assertThat(webhooks.endpoints(ownerOf(distributor))).hasSize(1);
    }

    private Owner ownerOf(DistributorId distributor) {
        return webhooks.distributor(Caller.reviewer("r@d.example", distributor.value()), distributor.value());
    }

    private EndpointForm form(String path, EventType... types) {
        return new EndpointForm(receiver.url(path), "Test receiver", List.of(types), true);
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private Set<String> types(String path) {
        return receiver.received(path).stream()
                .map(r -> (String) json.readValue(r.body(), Map.class).get("type"))
                .collect(Collectors.toSet());
    }

    private List<WebhookReceiver.Received> awaitReceived(String path, int count) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> receiver.received(path).size() >= count);
        return receiver.received(path);
    }

    private Delivery awaitStatus(Owner owner, UUID endpoint, DeliveryStatus status) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> webhooks.log(owner, endpoint, null, null, null)
                                .deliveries()
                                .rows()
                                .getFirst()
                                .status()
                        == status);
        return webhooks.log(owner, endpoint, null, null, null)
                .deliveries()
                .rows()
                .getFirst();
    }
}
