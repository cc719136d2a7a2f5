package com.partnerportal.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerportal.deals.internal.DealRegistration;
import com.partnerportal.deals.internal.DealStatus;
import com.partnerportal.deals.internal.DealTransitionRefusedException;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The registration's verbs (R9.3, R9.5): each allowed from some statuses only, refused by name from the rest. */
class DealRegistrationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final DealRegistration.Won WON =
            new DealRegistration.Won(new java.math.BigDecimal("42000"), java.time.LocalDate.parse("2026-12-01"));

    @Test
    void aRegistrationGoesFromDraftThroughBothReviewsToApprovedAndProtected() {
        var approved = draft().submit(NOW).distributorApproves().approve(NOW, Duration.ofDays(90));
        assertThat(approved.status()).isEqualTo(DealStatus.APPROVED);
        assertThat(approved.submittedAt()).isEqualTo(NOW);
        assertThat(approved.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThat(approved.claims()).isTrue();
        var won = approved.won(WON);
        assertThat(won.status()).isEqualTo(DealStatus.WON);
        assertThat(won.won()).isEqualTo(WON);
    }

    @Test
    void moreInformationSendsItBackToThePartnerWhoResubmits() {
        var back = draft().submit(NOW).requestInformation();
        assertThat(back.status()).isEqualTo(DealStatus.MORE_INFO_REQUESTED);
        assertThat(back.submit(NOW).status()).isEqualTo(DealStatus.SUBMITTED);
    }

    @ParameterizedTest
    @EnumSource(
            value = DealStatus.class,
            names = {"VENDOR_REVIEW"},
            mode = EnumSource.Mode.EXCLUDE)
    void onlyARegistrationTheDistributorPassedOnCanBeApproved(DealStatus status) {
        refused(status, deal -> deal.approve(NOW, Duration.ofDays(90)));
    }

    @ParameterizedTest
    @EnumSource(
            value = DealStatus.class,
            names = {"SUBMITTED", "DISTRIBUTOR_REVIEW", "VENDOR_REVIEW"},
            mode = EnumSource.Mode.EXCLUDE)
    void onlyARegistrationUnderReviewCanBeRejectedOrSentBack(DealStatus status) {
        refused(status, DealRegistration::reject);
        refused(status, DealRegistration::requestInformation);
    }

    @ParameterizedTest
    @EnumSource(
            value = DealStatus.class,
            names = {"APPROVED"},
            mode = EnumSource.Mode.EXCLUDE)
    void onlyAnApprovedRegistrationIsWonLostOrExpired(DealStatus status) {
        refused(status, deal -> deal.won(WON));
        refused(status, DealRegistration::lost);
        refused(status, deal -> deal.expire(NOW));
    }

    @ParameterizedTest
    @EnumSource(
            value = DealStatus.class,
            names = {"REJECTED", "WITHDRAWN", "WON", "LOST", "EXPIRED"})
    void aClosedRegistrationCannotBeWithdrawnOrSubmitted(DealStatus status) {
        refused(status, DealRegistration::withdraw);
        refused(status, deal -> deal.submit(NOW));
    }

    @Test
    void itExpiresOnlyOnceItsProtectionRanOut() {
        var approved = draft().submit(NOW).distributorApproves().approve(NOW, Duration.ofDays(90));
        assertThatThrownBy(() -> approved.expire(NOW.plus(Duration.ofDays(89))))
                .isInstanceOf(DealTransitionRefusedException.class);
        var expired = approved.expire(NOW.plus(Duration.ofDays(90)));
        assertThat(expired.status()).isEqualTo(DealStatus.EXPIRED);
        assertThat(expired.claims()).isFalse();
    }

    @Test
    void theCustomerIsKeyedByItsDomainElseByItsNameInItsCountry() {
        assertThat(new DealRegistration.Customer("Acme", "acme", "CA", "https://eu.acme.com", "acme.com").key())
                .isEqualTo("domain:acme.com");
        assertThat(new DealRegistration.Customer("Acme", "acme", "CA", null, null).key())
                .isEqualTo("name:CA:acme");
    }

    private static void refused(DealStatus status, UnaryOperator<DealRegistration> verb) {
        var deal = in(status);
        assertThatThrownBy(() -> verb.apply(deal))
                .isInstanceOf(DealTransitionRefusedException.class)
                .extracting(refusal -> ((DealTransitionRefusedException) refusal).from())
                .isEqualTo(status);
    }

    private static DealRegistration in(DealStatus status) {
        var draft = draft();
        return new DealRegistration(
                draft.id(),
                draft.companyId(),
                draft.distributorId(),
                draft.registeredBy(),
                status,
                draft.customer(),
                draft.contact(),
                draft.products(),
                draft.estimate(),
                draft.notes(),
                NOW,
                NOW,
                NOW.plus(Duration.ofDays(90)),
                null);
    }

    static DealRegistration draft() {
        return DealRegistration.draft(
                new CompanyId(UUID.randomUUID()),
                new DistributorId(UUID.randomUUID()),
                "paul@bastion-it.example",
                new DealRegistration.Customer("Acme Corp", "acme", "CA", "https://acme.com", "acme.com"),
                new DealRegistration.Contact("Ada Buyer", "ada@acme.com", "acme.com", "CIO"),
                Set.of(UUID.randomUUID()),
                new DealRegistration.Estimate("USD", new BigDecimal("40000"), LocalDate.parse("2027-03-31")),
                null);
    }
}
