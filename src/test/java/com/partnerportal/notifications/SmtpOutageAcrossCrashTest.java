package com.partnerportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.HttpSession;
import partnerportal.testing.Mailbox;
import partnerportal.testing.PortalProcess;

/**
 * R8.2 and R8.4, a fault: the SMTP server is down while an instance queues emails and fails to
 * send them; that instance is killed with SIGKILL; the SMTP server comes back and another instance
 * takes over. Every email arrives, once, with the Message-ID it was stored with.
 */
class SmtpOutageAcrossCrashTest {

    @Test
    void everyEmailArrivesOnceAfterAnOutageAndACrash() throws Exception {
        try (var postgres = EmbeddedPostgresConfiguration.start(null)) {
            int smtpPort = PortalProcess.freePort();
            int port = PortalProcess.freePort();
            var doomed = PortalProcess.startJvm(postgres, port, smtpPort, "--portal.mail.lease=3s");
            List<String> recipients = new ArrayList<>();
            GreenMail smtp = null;
            try {
                PortalProcess.awaitReady(port);
                var visitor = new HttpSession(port);
                for (int i = 0; i < 4; i++) {
                    String email =
                            "visitor" + i + "." + UUID.randomUUID().toString().substring(0, 6) + "@outage.example";
                    recipients.add(email);
                    visitor.get("/support/new");
                    assertThat(visitor.post(
                                            "/support/new",
                                            Map.of(
                                                    "name",
                                                    "Visitor " + i,
                                                    "email",
                                                    email,
                                                    "category",
                                                    "OTHER",
                                                    "subject",
                                                    "Outage " + i,
                                                    "description",
                                                    "Queued while SMTP is down"))
                                    .body())
                            .contains("We sent a link to " + email);
                }
                Thread.sleep(2500); // the instance tries, fails, backs off
                doomed.destroyForcibly().waitFor();
                smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                smtp.start();
                var takeover = PortalProcess.start(postgres, smtpPort, "--portal.mail.lease=3s");
                try {
                    var jdbc = takeover.getBean(JdbcClient.class);
                    long failedAttempts = jdbc.sql("SELECT coalesce(sum(attempts), 0) FROM email_message"
                                    + " WHERE recipient LIKE '%@outage.example' AND status <> 'SENT'")
                            .query(Long.class)
                            .single();
                    var mail = smtp;
                    await().atMost(Duration.ofSeconds(40))
                            .until(() -> recipients.stream()
                                    .allMatch(r -> !Mailbox.to(mail, r).isEmpty()));
                    Thread.sleep(4000); // longer than a lease: a second delivery would show by now
                    for (String recipient : recipients) {
                        var received = Mailbox.to(smtp, recipient);
                        assertThat(received).as("emails to %s", recipient).hasSize(1);
                        String stored = jdbc.sql("SELECT message_id FROM email_message WHERE recipient = :r")
                                .param("r", recipient)
                                .query(String.class)
                                .single();
                        assertThat(received.getFirst().getMessageID()).isEqualTo(stored);
                    }
                    System.out.printf(
                            "Checked: %d emails queued while SMTP was down, %d failed attempts before the instance was"
                                    + " killed, each delivered once by the other instance with its stored Message-ID%n",
                            recipients.size(), failedAttempts);
                } finally {
                    takeover.close();
                }
            } finally {
                doomed.destroyForcibly().waitFor();
                if (smtp != null) {
                    smtp.stop();
                }
            }
        }
    }
}
