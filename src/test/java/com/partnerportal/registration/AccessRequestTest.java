package com.partnerportal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.registration.internal.AccessRequest;
import com.partnerportal.registration.internal.Decision;
import com.partnerportal.registration.internal.Reason;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The verbs of an access request (R3.5a, R3.6, R3.7): each changes what it names and nothing else. */
class AccessRequestTest {

    private static final UUID CHOSEN = UUID.randomUUID();

    private final AccessRequest submitted = new AccessRequest(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "jane@acme.example",
            "acme.example",
            "fr",
            "Jane",
            "Doe",
            "CTO",
            "+33 1 23 45 67 89",
            "Acme SAS",
            "FR",
            CHOSEN,
            false,
            Decision.Status.UNDER_REVIEW,
            null,
            Reason.NOT_ENTITLED,
            null,
            null,
            null,
            null,
            Instant.parse("2026-12-01T10:00:00Z"));

    @Test
    void noneOfTheseDropsTheChosenCompany() {
        var none = submitted.withNoneOfThese();
        assertThat(none.noneOfThese()).isTrue();
        assertThat(none.chosenCompanyId()).isNull();
        assertThat(none)
                .usingRecursiveComparison()
                .ignoringFields("noneOfThese", "chosenCompanyId")
                .isEqualTo(submitted);
    }

    @Test
    void aDecisionSetsStatusRouteAndReason() {
        var decided = submitted.decided(
                new Decision(Decision.Status.UNDER_REVIEW, Decision.Route.VENDOR, Reason.FLAGGED_DOMAIN));
        assertThat(decided.status()).isEqualTo(Decision.Status.UNDER_REVIEW);
        assertThat(decided.route()).isEqualTo(Decision.Route.VENDOR);
        assertThat(decided.reason()).isEqualTo(Reason.FLAGGED_DOMAIN);
        assertThat(decided)
                .usingRecursiveComparison()
                .ignoringFields("status", "route", "reason")
                .isEqualTo(submitted);
    }

    @Test
    void grantingRecordsTheCompanyTheAccountAndWhoGaveAccess() {
        UUID company = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-01T10:05:00Z");
        var granted = submitted.granted(company, account, "automatic", at);
        assertThat(granted.companyId()).isEqualTo(company);
        assertThat(granted.accountId()).isEqualTo(account);
        assertThat(granted.decidedBy()).isEqualTo("automatic");
        assertThat(granted.decidedAt()).isEqualTo(at);
        assertThat(granted)
                .usingRecursiveComparison()
                .ignoringFields("companyId", "accountId", "decidedBy", "decidedAt")
                .isEqualTo(submitted);
    }
}
