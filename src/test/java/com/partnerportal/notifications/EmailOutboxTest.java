package com.partnerportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.partnerportal.partners.CompanyId;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import partnerportal.testing.Mailbox;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R8.2: an email exists only if its transaction commits, and is then delivered once. */
@PortalTest
class EmailOutboxTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmailAdministration administration;

    CompanyId company;

    @BeforeEach
    void company() {
        company = testAccounts.company("Outbox Test SARL");
    }

    @Test
    void anEmailQueuedInATransactionThatRollsBackIsNeverSent() throws Exception {
        String recipient = TestAccounts.uniqueEmail("rolled.back", "example.com");
        transactions.executeWithoutResult(status -> {
            testAccounts.invitePartnerUser(company, recipient, Locale.ENGLISH);
            assertThat(rowsFor(recipient)).isEqualTo(1);
            status.setRollbackOnly();
        });

        // Several dispatcher polls (every 500 ms in tests) pass; nothing may arrive.
        Thread.sleep(2_500);
        assertThat(received(recipient)).isEmpty();
        assertThat(rowsFor(recipient)).isZero();
    }

    @Test
    void aCommittedEmailIsDeliveredExactlyOnceWithItsStoredMessageId() throws Exception {
        String recipient = TestAccounts.uniqueEmail("committed", "example.com");
        testAccounts.invitePartnerUser(company, recipient, Locale.FRENCH);

        await().atMost(Duration.ofSeconds(10)).until(() -> received(recipient).size() == 1);
        Thread.sleep(1_500);
        List<MimeMessage> messages = received(recipient);
        assertThat(messages).hasSize(1);
        MimeMessage message = messages.getFirst();
        assertThat(message.getSubject()).isEqualTo("Votre accès au portail partenaires SentinelOne est accordé");
        assertThat(message.getHeader("Content-Language")[0]).isEqualTo("fr");

        var row = jdbc.sql("SELECT message_id, status, body_text FROM email_message WHERE recipient = :r")
                .param("r", recipient)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        assertThat(message.getMessageID()).isEqualTo(row[0]);
        assertThat(row[1]).isEqualTo("SENT");
        assertThat(row[2]).as("a single-use link is not kept after delivery").isNull();
    }

    @Test
    @WithMockUser(username = "ops@sentinelone.example", roles = "VENDOR_ADMIN")
    void aVendorAdminResendsAFailedEmailAndTheResendIsAudited() throws Exception {
        String recipient = TestAccounts.uniqueEmail("failed", "example.com");
        var id = administration.sendTest(recipient, Locale.ENGLISH, "ops@sentinelone.example");
        await().atMost(Duration.ofSeconds(10)).until(() -> received(recipient).size() == 1);
        // Pretend the server had refused it for good.
        jdbc.sql("UPDATE email_message SET status = 'FAILED', last_error = 'refused' WHERE id = :id")
                .param("id", id)
                .update();

        assertThat(administration.resend(id, "ops@sentinelone.example")).isTrue();
        assertThat(administration.resend(id, "ops@sentinelone.example"))
                .as("only a failed email can be resent")
                .isFalse();

        await().atMost(Duration.ofSeconds(10)).until(() -> received(recipient).size() == 2);
        assertThat(received(recipient).get(1).getMessageID())
                .isEqualTo(received(recipient).get(0).getMessageID());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'email.resent' AND target_id = :id")
                        .param("id", id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void onlyVendorAdminsMayUseTheOutboxService() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> administration.page(null, null, 0))
                .isInstanceOfAny(
                        org.springframework.security.access.AccessDeniedException.class,
                        org.springframework.security.core.AuthenticationException.class);
    }

    private long rowsFor(String recipient) {
        return jdbc.sql("SELECT count(*) FROM email_message WHERE recipient = :r")
                .param("r", recipient)
                .query(Long.class)
                .single();
    }

    private List<MimeMessage> received(String recipient) {
        return Mailbox.to(greenMail, recipient);
    }
}
