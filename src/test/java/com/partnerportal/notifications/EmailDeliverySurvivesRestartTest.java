package com.partnerportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import com.partnerportal.partners.Partners;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.Mailbox;
import partnerportal.testing.PortalProcess;

/**
 * R8.2 end to end: the SMTP server is down for the first attempts, the application is stopped and
 * started again in between, and the email still arrives, once, with its original Message-ID.
 */
class EmailDeliverySurvivesRestartTest {

    static EmbeddedPostgres postgres;
    static int smtpPort;

    @BeforeAll
    static void startDatabase() throws Exception {
        postgres = EmbeddedPostgresConfiguration.start(null);
        try (var socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    @Test
    void anEmailQueuedWhileTheMailServerIsDownIsDeliveredOnceAfterARestart() throws Exception {
        String recipient = "restart.survivor@example.com";
        String messageId;
        try (var first = startPortal()) {
            var jdbc = first.getBean(JdbcClient.class);
            var company = first.getBean(Partners.class).registerCompany("Restart SAS", "FR", Set.of("example.com"));
            first.getBean(Accounts.class)
                    .invite(
                            NewAccount.partnerUser(recipient, "Rémi", "Restart", company.value(), Locale.FRENCH),
                            "test");

            await().atMost(Duration.ofSeconds(15)).until(() -> attempts(jdbc, recipient) >= 2);
            var row = jdbc.sql("SELECT message_id, status, last_error FROM email_message WHERE recipient = :r")
                    .param("r", recipient)
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                    .single();
            messageId = row[0];
            assertThat(row[1]).isEqualTo("PENDING");
            assertThat(row[2]).as("the failure is recorded for the admins").contains("Connect");
            System.out.println("Checked: 2+ failed attempts while SMTP was down, email still pending: " + row[2]);
        }

        var greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try (var second = startPortal()) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> Mailbox.to(greenMail, recipient).size() == 1);
            Thread.sleep(3_000); // more polls: nothing is sent twice
            var received = Mailbox.to(greenMail, recipient);
            assertThat(received).hasSize(1);
            assertThat(received.getFirst().getMessageID()).isEqualTo(messageId);
            assertThat(second.getBean(JdbcClient.class)
                            .sql("SELECT status FROM email_message WHERE recipient = :r")
                            .param("r", recipient)
                            .query(String.class)
                            .single())
                    .isEqualTo("SENT");
            System.out.println("Checked: delivered once after restart, Message-ID kept: " + messageId);
        } finally {
            greenMail.stop();
        }
    }

    private static ConfigurableApplicationContext startPortal() {
        return PortalProcess.start(
                postgres, smtpPort, "--portal.mail.first-retry-after=300ms", "--portal.mail.longest-retry-wait=1s");
    }

    private static int attempts(JdbcClient jdbc, String recipient) {
        return jdbc.sql("SELECT coalesce(max(attempts), 0) FROM email_message WHERE recipient = :r")
                .param("r", recipient)
                .query(Integer.class)
                .single();
    }
}
