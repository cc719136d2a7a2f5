package com.partnerportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.registration.AccessRequestDecided;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import partnerportal.testing.EmbeddedMailConfiguration;
import partnerportal.testing.EmbeddedPostgresConfiguration;

/**
 * The notifications module on its own, with the modules it depends on (R3.6, R8.1, R8.2): a
 * decision on an access request, published by registration, queues the applicant's email in their
 * language, in the publisher's transaction.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({EmbeddedPostgresConfiguration.class, EmbeddedMailConfiguration.class})
@ActiveProfiles("test")
class DecisionEmailScenarioTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRequestPutUnderReviewQueuesTheApplicantsEmailInTheirLanguage(Scenario scenario) {
        String email = "scenario." + UUID.randomUUID().toString().substring(0, 8) + "@bastion-it.example";
        scenario.publish(new AccessRequestDecided(
                        UUID.randomUUID(),
                        email,
                        "Léa",
                        Locale.FRENCH,
                        "Ingram Micro",
                        "UNDER_REVIEW",
                        "NOT_ENTITLED",
                        false,
                        null,
                        "automatic",
                        null))
                .andWaitForStateChange(() -> queued(email))
                .andVerify(queued -> assertThat(queued).isEqualTo("request-under-review fr"));
    }

    @Test
    void aRejectionForADeniedDomainQueuesTheContactTheVendorEmail(Scenario scenario) {
        String email = "scenario." + UUID.randomUUID().toString().substring(0, 8) + "@denied.example";
        scenario.publish(new AccessRequestDecided(
                        UUID.randomUUID(),
                        email,
                        null,
                        Locale.ENGLISH,
                        "Sherweb",
                        "REJECTED",
                        "DENY_RULE",
                        true,
                        null,
                        "automatic",
                        null))
                .andWaitForStateChange(() -> queued(email))
                .andVerify(queued -> assertThat(queued).isEqualTo("request-rejected-vendor en"));
    }

    private String queued(String email) {
        return jdbc.sql("SELECT kind || ' ' || locale FROM email_message WHERE recipient = :recipient")
                .param("recipient", email)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
