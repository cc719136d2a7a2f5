package com.partnerportal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.registration.AccessRequestDecided;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import partnerportal.testing.EmbeddedMailConfiguration;
import partnerportal.testing.EmbeddedPostgresConfiguration;

/** The audit module on its own (R3.9): any module's auditable event becomes one entry of the trail. */
@ApplicationModuleTest
@Import({EmbeddedPostgresConfiguration.class, EmbeddedMailConfiguration.class})
@ActiveProfiles("test")
class AuditScenarioTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDecisionOnAnAccessRequestIsWrittenToTheTrail(Scenario scenario) {
        UUID request = UUID.randomUUID();
        scenario.publish(new AccessRequestDecided(
                        request,
                        "sam@bastion-it.example",
                        "Sam",
                        Locale.ENGLISH,
                        "Sherweb",
                        "REJECTED",
                        "REJECTED_BY_REVIEWER",
                        true,
                        "Not a reseller of ours.",
                        "lucas.tremblay@sherweb.example",
                        null))
                .andWaitForStateChange(() -> entry(request))
                .andVerify(entry ->
                        assertThat(entry).startsWith("lucas.tremblay@sherweb.example access-request.rejected"));
    }

    private String entry(UUID request) {
        return jdbc.sql("SELECT actor || ' ' || action FROM audit_event WHERE target_id = :request")
                .param("request", request.toString())
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
