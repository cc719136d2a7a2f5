package com.partnerportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.university.TechnicalSeatChanged;
import java.util.List;
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
 * The support module with the modules it uses (R5.5): a seat a vendor admin changed from a support
 * request shows in that request's thread, and a change made elsewhere touches no thread.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import({EmbeddedPostgresConfiguration.class, EmbeddedMailConfiguration.class})
@ActiveProfiles("test")
class SeatChangeScenarioTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSeatGrantedFromARequestIsRecordedInItsThread(Scenario scenario) {
        UUID request = openRequest();
        scenario.publish(seatChanged(true, request))
                .andWaitForStateChange(() -> thread(request), messages -> !messages.isEmpty())
                .andVerify(messages -> assertThat(messages)
                        .containsExactly("ACTION admin@sentinelone.example Technical seat granted to"
                                + " noah@bastion-it.example"));
    }

    @Test
    void aSeatChangedOutsideAnyRequestTouchesNoThread(Scenario scenario) {
        UUID request = openRequest();
        scenario.publish(seatChanged(false, null))
                .andWaitForEventOfType(TechnicalSeatChanged.class)
                .toArrive();
        assertThat(thread(request)).isEmpty();
    }

    private static TechnicalSeatChanged seatChanged(boolean granted, UUID supportRequest) {
        return new TechnicalSeatChanged(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "noah@bastion-it.example",
                "Noah",
                Locale.ENGLISH,
                granted,
                "admin@sentinelone.example",
                "Asked for in a support request",
                supportRequest);
    }

    private UUID openRequest() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO support_request (id, category, subject, status, requester_email, requester_name,
                                             requester_locale)
                VALUES (:id, 'SEAT_HOLDERS', 'Give Noah a seat', 'NEW', 'mia@bastion-it.example', 'Mia', 'en')
                """).param("id", id).update();
        return id;
    }

    private List<String> thread(UUID request) {
        return jdbc.sql("SELECT kind || ' ' || author || ' ' || body FROM support_message WHERE request_id = :r")
                .param("r", request)
                .query(String.class)
                .list();
    }
}
