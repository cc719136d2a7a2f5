package com.partnerportal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.Mailbox;
import partnerportal.testing.Pages;
import partnerportal.testing.PortalTest;
import partnerportal.testing.RegistrationSteps;
import partnerportal.testing.TestAccounts;

/** R7.1 with R5.5 and R2.3: requests from visitors and users, answered and acted on by the vendor. */
@PortalTest
class SupportFlowTest {

    private static final String VENDOR_TEAM = "partner-ops@sentinelone.example";

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Partners partners;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private String tag;
    private HttpSession admin;

    @BeforeEach
    void vendorAdmin() throws Exception {
        tag = UUID.randomUUID().toString().substring(0, 8);
        admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
    }

    @Test
    void aVisitorsRequestReachesTheQueueOnlyOnceTheirAddressIsConfirmedAndTheLinkWorksOnce() throws Exception {
        String email = "refused." + tag + "@gmail.com";
        String subject = "Refused with my address " + tag;
        var visitor = new HttpSession(port);
        visitor.get("/support/new?category=REGISTRATION_REJECTED");
        var sent = visitor.post(
                "/support/new",
                Map.of(
                        "name", "Rémi Refusé",
                        "email", email,
                        "category", "REGISTRATION_REJECTED",
                        "subject", subject,
                        "description", "I used my Gmail address; my company is Cèdre Informatique."));
        assertThat(sent.body()).contains("We sent a link to " + email);
        assertThat(Pages.joined(admin, "/admin/support")).doesNotContain(subject);

        var confirmation = await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(greenMail, email), mails -> !mails.isEmpty())
                .getFirst();
        String link = Mailbox.link(confirmation, "/support/confirm");
        String path = URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();
        String token = path.substring(path.indexOf("token=") + "token=".length());
        assertThat(visitor.get(path).body()).contains("Confirm and send");
        assertThat(Pages.joined(admin, "/admin/support"))
                .as("opening the link confirms nothing")
                .doesNotContain(subject);

        // Single use, also when many clicks race (R8.4).
        List<Future<String>> clicks = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 16; i++) {
                var click = new HttpSession(port);
                click.get("/support/new");
                clicks.add(pool.submit(() ->
                        click.post("/support/confirm", Map.of("token", token)).body()));
            }
            long accepted = 0;
            for (var click : clicks) {
                String page = click.get();
                accepted += page.contains("is with the partner team") ? 1 : 0;
                assertThat(page).containsAnyOf("is with the partner team", "already used or has expired");
            }
            assertThat(accepted).isEqualTo(1);
        }
        assertThat(Pages.joined(admin, "/admin/support")).contains(subject);
        assertThat(visitor.get(path).body()).contains("already used or has expired");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(greenMail, email).stream()
                        .anyMatch(m -> subjectOf(m).contains("We received your request")));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(greenMail, VENDOR_TEAM).stream()
                        .anyMatch(m -> subjectOf(m).contains(subject)));
    }

    @Test
    void aUserReadsOnlyTheirOwnRequestsAndNeverTheInternalNotes() throws Exception {
        var company = testAccounts.company("Private Threads");
        var owner = logIn(testAccounts.partnerUser(company));
        var colleague = logIn(testAccounts.partnerUser(company));
        String id = open(owner, "ACCESS_PROBLEM", "Cannot see the catalogue " + tag);

        assertThat(colleague.get("/support/requests/" + id).statusCode()).isEqualTo(404);
        colleague.get("/support");
        assertThat(colleague
                        .post("/support/requests/" + id + "/reply", Map.of("body", "Let me in"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(colleague.get("/support").body()).doesNotContain("Cannot see the catalogue " + tag);

        admin.get("/admin/support/" + id);
        admin.post("/admin/support/" + id + "/reply", Map.of("kind", "note", "body", "Secret: check SSO " + tag));
        admin.get("/admin/support/" + id);
        admin.post("/admin/support/" + id + "/reply", Map.of("kind", "reply", "body", "Please log out and in " + tag));
        String thread = owner.get("/support/requests/" + id).body();
        assertThat(thread).contains("Please log out and in " + tag).doesNotContain("Secret: check SSO");
        assertThat(admin.get("/admin/support/" + id).body()).contains("Secret: check SSO " + tag);
    }

    @Test
    void attachmentsAreCheckedAndOnlyTheRequesterAndTheVendorDownloadThem() throws Exception {
        var company = testAccounts.company("Attachers");
        var owner = logIn(testAccounts.partnerUser(company));
        var colleague = logIn(testAccounts.partnerUser(company));
        var fields = Map.of("category", "OTHER", "subject", "Screenshot attached " + tag, "description", "See file.");

        owner.get("/support/new");
        String refused = owner.postMultipart(
                        "/support/new", fields, "attachment", "../../etc/passwd.png", "image/png", new byte[] {1, 2, 3})
                .body();
        assertThat(refused).contains("The file name must be a plain name");
        owner.get("/support/new");
        assertThat(owner.postMultipart("/support/new", fields, "attachment", "tool.exe", "image/png", new byte[] {1})
                        .body())
                .contains("This kind of file is not accepted.");
        assertThat(jdbc.sql("SELECT count(*) FROM support_request WHERE subject = :s")
                        .param("s", fields.get("subject"))
                        .query(Long.class)
                        .single())
                .isZero();

        byte[] pdf = partnerportal.testing.SamplePdf.of("Error screenshot");
        owner.get("/support/new");
        var created = owner.postMultipart("/support/new", fields, "attachment", "error.pdf", "application/pdf", pdf);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        String fileId = jdbc.sql("SELECT file_id FROM support_message WHERE request_id = :r")
                .param("r", UUID.fromString(id))
                .query(UUID.class)
                .single()
                .toString();
        assertThat(owner.get("/support/requests/" + id).body()).contains("error.pdf");
        assertThat(owner.getBytes("/support/requests/" + id + "/files/" + fileId)
                        .body())
                .isEqualTo(pdf);
        assertThat(admin.getBytes("/admin/support/" + id + "/files/" + fileId).body())
                .isEqualTo(pdf);
        assertThat(colleague
                        .getBytes("/support/requests/" + id + "/files/" + fileId)
                        .statusCode())
                .isEqualTo(404);
        String otherRequest = open(colleague, "OTHER", "Mine " + tag);
        assertThat(colleague
                        .getBytes("/support/requests/" + otherRequest + "/files/" + fileId)
                        .statusCode())
                .as("a file of another request is not reachable through one's own")
                .isEqualTo(404);
    }

    @Test
    void aSeatChangeRequestIsResolvedFromTheSeatPageAndEveryStepIsAuditedAndEmailed() throws Exception {
        var company = testAccounts.company("Seat Swappers");
        jdbc.sql("UPDATE company SET technical_seat_override = 1 WHERE id = :c")
                .param("c", company.value())
                .update();
        String leaver = testAccounts.partnerUser(company);
        String newcomer = testAccounts.partnerUser(company);
        var leaving = logIn(leaver);
        leaving.get("/university");
        leaving.post("/university/launch", Map.of());
        var requester = logIn(newcomer);
        requester.get("/university");
        requester.post("/university/launch", Map.of());
        assertThat(requester.get("/university").body()).contains("/support/new?category=SEAT_HOLDERS");
        String id = open(requester, "SEAT_HOLDERS", "Give my seat to the new engineer " + tag);

        String page = admin.get("/admin/support/" + id).body();
        String seats = "/admin/companies/" + company.value() + "/seats?request=" + id;
        assertThat(page).contains(seats.replace("&", "&amp;"));
        assertThat(admin.get(seats).body()).contains("Changes made here are recorded in the support request.");
        String leaverId = accountId(leaver);
        String newcomerId = accountId(newcomer);
        admin.post(
                "/admin/companies/" + company.value() + "/seats/release",
                Map.of("account", leaverId, "reason", "Moved to sales", "request", id));
        admin.get(seats);
        var granted = admin.post(
                "/admin/companies/" + company.value() + "/seats/grant",
                Map.of("account", newcomerId, "reason", "", "request", id));
        assertThat(granted.headers().firstValue("Location").orElseThrow()).endsWith(seats);
        admin.get("/admin/support/" + id);
        admin.post("/admin/support/" + id + "/status", Map.of("status", "RESOLVED"));

        String thread = requester.get("/support/requests/" + id).body();
        assertThat(thread)
                .contains("Technical seat released from " + leaver)
                .contains("Technical seat granted to " + newcomer)
                .contains("Resolved");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(greenMail, leaver).stream()
                        .anyMatch(m -> Mailbox.text(m).contains("Moved to sales")));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(greenMail, newcomer).stream()
                        .anyMatch(m -> subjectOf(m).contains("technical seat")));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(greenMail, newcomer).stream()
                        .anyMatch(m -> Mailbox.text(m).contains("is now: Resolved")));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE action IN ('technical-seat.released',"
                                        + " 'technical-seat.granted-by-admin') AND details LIKE '%support request ' || :id || ')'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'support-request.changed'"
                                + " AND target_id = :id AND details LIKE '%RESOLVED'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aTransferRequestReleasesThePartnerOnThePreviousDistributorsBehalfAndTheRegistrationIsApprovable()
            throws Exception {
        var company = testAccounts.company("Moving Partners " + tag);
        testAccounts.partnerUser(company);
        var previous = testAccounts.distributor();
        partners.associate(company, previous, "P-9", "t");
        String slug = "new-" + tag;
        DistributorId next = partners.registerDistributor(slug, "Next " + tag, null);
        String domain =
                partners.company(company).orElseThrow().domains().iterator().next();
        partners.importEntitlements(
                next, "customer_id,company_name,country,domains\nN-1,Moving Partners,FR," + domain + "\n", "t");
        String applicant = "nora@" + domain;
        RegistrationSteps.apply(
                port, slug, applicant, Map.of("company", company.value().toString()));
        String registration = jdbc.sql("SELECT id FROM access_request WHERE email = :e")
                .param("e", applicant)
                .query(UUID.class)
                .single()
                .toString();

        var visitor = new HttpSession(port);
        visitor.get("/support/new");
        var sent = visitor.post(
                "/support/new",
                Map.of(
                        "name", "Nora",
                        "email", applicant,
                        "category", "DISTRIBUTOR_TRANSFER",
                        "subject", "We now buy from Next " + tag,
                        "description", "Please move us to our new distributor."));
        assertThat(sent.body()).contains("We sent a link to " + applicant);
        String link = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> Mailbox.to(greenMail, applicant).stream()
                                .filter(m -> subjectOf(m).contains("Confirm your"))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .map(m -> Mailbox.link(m, "/support/confirm"))
                .orElseThrow();
        String token = link.substring(link.indexOf("token=") + "token=".length());
        visitor.get("/support/confirm?token=" + token);
        visitor.post("/support/confirm", Map.of("token", token));
        String id = jdbc.sql("SELECT id FROM support_request WHERE requester_email = :e")
                .param("e", applicant)
                .query(UUID.class)
                .single()
                .toString();

        String page = admin.get("/admin/support/" + id).body();
        assertThat(page)
                .contains("Release on behalf of "
                        + partners.distributor(previous).orElseThrow().name());
        var released = admin.post(
                "/admin/support/" + id + "/release",
                Map.of(
                        "company",
                        company.value().toString(),
                        "distributor",
                        previous.value().toString()));
        assertThat(released.statusCode()).isEqualTo(302);
        assertThat(partners.currentAssociation(company)).isEmpty();
        assertThat(admin.get("/admin/support/" + id).body()).contains("(recorded by the vendor)");
        assertThat(jdbc.sql("SELECT count(*) FROM distributor_association WHERE company_id = :c AND end_reason LIKE"
                                + " '%support request #%'")
                        .param("c", company.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        admin.get("/review/" + registration);
        admin.post(
                "/review/" + registration + "/approve",
                Map.of("company", company.value().toString()));
        assertThat(jdbc.sql("SELECT status FROM access_request WHERE email = :e")
                        .param("e", applicant)
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED");
    }

    @Test
    void badInputGetsMessagesAndChangesNothing() throws Exception {
        var visitor = new HttpSession(port);
        visitor.get("/support/new");
        String page = visitor.post(
                        "/support/new",
                        Map.of(
                                "name",
                                "",
                                "email",
                                "not-an-address",
                                "category",
                                "PIZZA",
                                "subject",
                                "",
                                "description",
                                ""))
                .body();
        assertThat(page)
                .contains("Choose what the request is about.")
                .contains("Give a subject of at most 200 characters.")
                .contains("Describe your request")
                .contains("Enter a valid email address.")
                .contains("Give your name");
        assertThat(admin.get("/admin/support?status=BOGUS&category=x&company=nope&olderThan=-1")
                        .body())
                .contains("That status is not one of the list")
                .contains("That category is not one of the list")
                .contains("That company reference is not valid")
                .contains("Give the age as a number of days");
        assertThat(admin.get("/support/confirm?token=" + "x".repeat(500)).body())
                .contains("not valid");
    }

    private HttpSession logIn(String email) throws Exception {
        var session = new HttpSession(port);
        session.logIn(email, TestAccounts.PASSWORD);
        return session;
    }

    private String open(HttpSession user, String category, String subject) throws Exception {
        user.get("/support/new?category=" + category);
        var created = user.post(
                "/support/new", Map.of("category", category, "subject", subject, "description", "Details " + tag));
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private String accountId(String email) {
        return jdbc.sql("SELECT id FROM account WHERE email = :e")
                .param("e", email)
                .query(UUID.class)
                .single()
                .toString();
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
