package com.partnerportal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.registration.internal.Decision;
import com.partnerportal.registration.internal.EmailPolicy;
import com.partnerportal.registration.internal.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R3.6: every combination of facts and the outcome, route and reason it gives. */
class DecisionTest {

    @ParameterizedTest(name = "{0}, none={1}, entitled={2}, elsewhere={3} → {4} {5} {6}")
    @CsvSource(
            nullValues = "-",
            value = {
                "BUSINESS, false, true, false, APPROVED, -, ENTITLED",
                "BUSINESS, false, false, false, UNDER_REVIEW, DISTRIBUTOR, NOT_ENTITLED",
                "BUSINESS, true, true, false, UNDER_REVIEW, DISTRIBUTOR, NONE_OF_THESE",
                "BUSINESS, false, true, true, UNDER_REVIEW, VENDOR, ASSOCIATED_ELSEWHERE",
                "BUSINESS, false, false, true, UNDER_REVIEW, VENDOR, ASSOCIATED_ELSEWHERE",
                "FLAGGED, false, true, false, UNDER_REVIEW, VENDOR, FLAGGED_DOMAIN",
                "FREE_PROVIDER, false, true, false, REJECTED, -, FREE_PROVIDER",
                "DISPOSABLE, false, true, false, REJECTED, -, DISPOSABLE",
                "DENIED, false, true, false, REJECTED, -, DENY_RULE",
                "DENIED, true, false, true, REJECTED, -, DENY_RULE",
            })
    void decides(
            EmailPolicy.Verdict verdict,
            boolean noneOfThese,
            boolean entitled,
            boolean elsewhere,
            Decision.Status status,
            Decision.Route route,
            Reason reason) {
        assertThat(Decision.of(verdict, noneOfThese, entitled, elsewhere))
                .isEqualTo(new Decision(status, route, reason));
    }

    @ParameterizedTest
    @CsvSource({"DENY_RULE, true", "REJECTED_BY_REVIEWER, true", "FREE_PROVIDER, false", "DISPOSABLE, false"})
    void onlyRejectionsForAPublicAddressDoNotSendTheApplicantToTheVendor(Reason reason, boolean contactVendor) {
        assertThat(reason.contactVendor()).isEqualTo(contactVendor);
    }
}
