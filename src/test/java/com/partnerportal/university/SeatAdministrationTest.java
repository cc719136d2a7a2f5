package com.partnerportal.university;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.university.internal.TechnicalSeats;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.Mailbox;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R5.5: a vendor admin moves a technical seat; both users are told; the limit takes effect at once. */
@PortalTest
class SeatAdministrationTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @Autowired
    TechnicalSeats seats;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void anAdminMovesASeatAndRaisesTheLimit() throws Exception {
        var company = testAccounts.company("Seat Moves Corp");
        jdbc.sql("UPDATE company SET technical_seat_override = 1 WHERE id = :c")
                .param("c", company.value())
                .update();
        String first = testAccounts.partnerUser(company);
        String second = testAccounts.partnerUser(company);
        launch(first);
        launch(second);
        var firstId = accounts.findByEmail(first).orElseThrow().id().value();
        var secondId = accounts.findByEmail(second).orElseThrow().id().value();
        assertThat(seats.holders(company).stream().map(AccountId::value)).containsExactly(firstId);

        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        String base = "/admin/companies/" + company.value() + "/seats";
        assertThat(admin.get(base).body()).contains(first);
        admin.post(base + "/grant", Map.of("account", secondId.toString(), "reason", "support request 42"));
        assertThat(admin.get(base).body()).contains("No seat is free");
        admin.post(base + "/release", Map.of("account", firstId.toString(), "reason", "support request 42"));
        admin.get(base);
        admin.post(base + "/grant", Map.of("account", secondId.toString(), "reason", "support request 42"));
        assertThat(seats.holders(company).stream().map(AccountId::value)).containsExactly(secondId);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(greenMail, first).stream()
                                .anyMatch(m -> Mailbox.text(m).contains("released your technical seat"))
                        && Mailbox.to(greenMail, second).stream()
                                .anyMatch(m -> Mailbox.text(m).contains("support request 42")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action IN ('technical-seat.released',"
                                + " 'technical-seat.granted-by-admin') AND details LIKE '%support request 42'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        admin.get(base);
        admin.post(base + "/limit", Map.of("limit", "2"));
        String third = testAccounts.partnerUser(company);
        launch(third);
        assertThat(seats.holders(company)).hasSize(2);
        // R5.6: a partner sees who in the company holds the seats, by name, in seat order.
        var learner = new HttpSession(port);
        learner.logIn(third, TestAccounts.PASSWORD);
        String secondName = named(second, "Solène Second");
        String thirdName = named(third, "Théo Third");
        String universityPage = learner.get("/university").body();
        assertThat(universityPage).contains("<li>" + secondName + "</li>", "<li>" + thirdName + "</li>");
        assertThat(universityPage.indexOf(secondName)).isLessThan(universityPage.indexOf(thirdName));

        var stranger = testAccounts.partnerUser(testAccounts.company("Stranger Corp"));
        var strangerId = accounts.findByEmail(stranger).orElseThrow().id().value();
        admin.get(base);
        assertThat(admin.post(base + "/grant", Map.of("account", strangerId.toString()))
                        .statusCode())
                .isEqualTo(404);
        admin.get(base);
        assertThat(admin.post(base + "/limit", Map.of("limit", "-3")).statusCode())
                .isEqualTo(302);
        assertThat(admin.get(base).body()).contains("between 0 and 10,000");
    }

    @Test
    void onlyVendorAdminsManageSeats() throws Exception {
        var company = testAccounts.company("Guarded Seats Corp");
        var user = new HttpSession(port);
        user.logIn(testAccounts.partnerUser(company), TestAccounts.PASSWORD);
        assertThat(user.get("/admin/companies/" + company.value() + "/seats").statusCode())
                .isEqualTo(403);
    }

    private String named(String email, String name) {
        jdbc.sql("UPDATE account SET first_name = :first, last_name = :last WHERE email = :email")
                .param("first", name.split(" ")[0])
                .param("last", name.split(" ")[1])
                .param("email", email)
                .update();
        return name;
    }

    private void launch(String email) throws Exception {
        var session = new HttpSession(port);
        session.logIn(email, TestAccounts.PASSWORD);
        session.get("/university");
        session.post("/university/launch", Map.of());
    }
}
