package com.partnerportal.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.partners.Benefits;
import com.partnerportal.programme.internal.CertificationCriterion;
import com.partnerportal.programme.internal.CompanyFacts;
import com.partnerportal.programme.internal.CompanyFacts.Member;
import com.partnerportal.programme.internal.CompanyFacts.WonDeal;
import com.partnerportal.programme.internal.Gap;
import com.partnerportal.programme.internal.Level;
import com.partnerportal.programme.internal.LevelRules;
import com.partnerportal.programme.internal.Rates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R10.2: a company's earned level is a pure function of its facts, as a table. Registered needs
 * nothing; Silver 2 users with Technical Associate or Professional; Gold also 3 deals won in 12 months
 * worth USD 40,000; Platinum (retired) needs nothing, and is never earned.
 */
class LevelRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-02");
    private static final UUID ASSOCIATE = UUID.randomUUID();
    private static final UUID PROFESSIONAL = UUID.randomUUID();
    private static final UUID SALES = UUID.randomUUID();
    private static final Rates RATES = new Rates("USD", Map.of("EUR", new BigDecimal("1.10")));

    private static final Level REGISTERED = level(1, "Registered", List.of(), 0, "0", false);
    private static final Level SILVER =
            level(2, "Silver", List.of(new CertificationCriterion(2, Set.of(ASSOCIATE, PROFESSIONAL))), 0, "0", false);
    private static final Level GOLD = level(
            3, "Gold", List.of(new CertificationCriterion(2, Set.of(ASSOCIATE, PROFESSIONAL))), 3, "40000", false);
    private static final Level PLATINUM = level(4, "Platinum", List.of(), 0, "0", true);
    private static final List<Level> LEVELS = List.of(REGISTERED, SILVER, GOLD, PLATINUM);

    static Stream<Arguments> table() {
        return Stream.of(
                row("no facts at all", members(), deals(), "Registered"),
                row("one certified user: one short of Silver", members(certified(ASSOCIATE)), deals(), "Registered"),
                row(
                        "two certified users exactly",
                        members(certified(ASSOCIATE), certified(PROFESSIONAL)),
                        deals(),
                        "Silver"),
                row(
                        "one user holding both certifications counts once",
                        members(certified(ASSOCIATE, PROFESSIONAL)),
                        deals(),
                        "Registered"),
                row(
                        "a certification outside the criterion does not count",
                        members(certified(ASSOCIATE), certified(SALES)),
                        deals(),
                        "Registered"),
                row(
                        "a disabled user (one who left) does not count",
                        members(certified(ASSOCIATE), disabled(PROFESSIONAL)),
                        deals(),
                        "Registered"),
                row(
                        "Gold exactly: 3 deals of USD 40,000 in all",
                        members(certified(ASSOCIATE), certified(ASSOCIATE)),
                        deals(usd(10, "10000"), usd(100, "10000"), usd(300, "20000")),
                        "Gold"),
                row(
                        "Gold missed by one deal",
                        members(certified(ASSOCIATE), certified(ASSOCIATE)),
                        deals(usd(10, "30000"), usd(100, "10000")),
                        "Silver"),
                row(
                        "Gold missed by one cent",
                        members(certified(ASSOCIATE), certified(ASSOCIATE)),
                        deals(usd(10, "10000"), usd(100, "10000"), usd(300, "19999.99")),
                        "Silver"),
                row(
                        "a deal won exactly 12 months ago is outside the window",
                        members(certified(ASSOCIATE), certified(ASSOCIATE)),
                        deals(
                                usd(10, "20000"),
                                usd(100, "10000"),
                                new WonDeal(TODAY.minusMonths(12), usd("10000"), "USD")),
                        "Silver"),
                row(
                        "a deal won 12 months less a day ago is inside",
                        members(certified(ASSOCIATE), certified(ASSOCIATE)),
                        deals(
                                usd(10, "20000"),
                                usd(100, "10000"),
                                new WonDeal(TODAY.minusMonths(12).plusDays(1), usd("10000"), "USD")),
                        "Gold"),
                row(
                        "a euro deal converts at the rate (EUR 9,090.91 × 1.10 = USD 10,000.00)",
                        members(certified(ASSOCIATE), certified(ASSOCIATE)),
                        deals(
                                usd(10, "20000"),
                                usd(100, "10000"),
                                new WonDeal(TODAY.minusDays(5), usd("9090.91"), "EUR")),
                        "Gold"),
                row(
                        "a currency without a rate counts as won with no value",
                        members(certified(ASSOCIATE), certified(ASSOCIATE)),
                        deals(
                                usd(10, "20000"),
                                usd(100, "19000"),
                                new WonDeal(TODAY.minusDays(5), usd("99000"), "GBP")),
                        "Silver"),
                row(
                        "deals without certifications reach no further than Registered",
                        members(),
                        deals(usd(10, "50000"), usd(20, "50000"), usd(30, "50000")),
                        "Registered"));
    }

    @ParameterizedTest(name = "{0} → {3}")
    @MethodSource("table")
    void theEarnedLevelFollowsFromTheFacts(String row, List<Member> members, List<WonDeal> deals, String expected) {
        var earned = LevelRules.earned(LEVELS, new CompanyFacts(members, deals), RATES, TODAY);
        assertThat(earned.map(Level::nameEn)).as(row).contains(expected);
    }

    @Test
    void belowEveryLevelThereIsNone() {
        var earned = LevelRules.earned(List.of(SILVER, GOLD), CompanyFacts.NONE, RATES, TODAY);
        assertThat(earned).isEmpty();
    }

    @Test
    void theGapsSayExactlyWhatIsMissing() {
        var facts = new CompanyFacts(
                members(certified(PROFESSIONAL), disabled(ASSOCIATE)), deals(usd(10, "15000.50"), usd(20, "1000")));
        assertThat(LevelRules.gaps(GOLD, facts, RATES, TODAY))
                .containsExactly(
                        new Gap.CertifiedUsers(1, 2, Set.of(ASSOCIATE, PROFESSIONAL)),
                        new Gap.DealsWon(1, 3),
                        new Gap.WonValue(new BigDecimal("23999.50"), new BigDecimal("40000"), "USD"));
        assertThat(LevelRules.gaps(REGISTERED, facts, RATES, TODAY)).isEmpty();
    }

    private static Arguments row(String row, List<Member> members, List<WonDeal> deals, String expected) {
        return Arguments.of(row, members, deals, expected);
    }

    private static List<Member> members(Member... members) {
        return List.of(members);
    }

    private static List<WonDeal> deals(WonDeal... deals) {
        return new ArrayList<>(List.of(deals));
    }

    private static Member certified(UUID... certifications) {
        return new Member(true, Set.of(certifications));
    }

    private static Member disabled(UUID... certifications) {
        return new Member(false, Set.of(certifications));
    }

    private static WonDeal usd(int daysAgo, String value) {
        return new WonDeal(TODAY.minusDays(daysAgo), usd(value), "USD");
    }

    private static BigDecimal usd(String value) {
        return new BigDecimal(value);
    }

    private static Level level(
            int rank, String name, List<CertificationCriterion> certified, int deals, String value, boolean retired) {
        return new Level(
                new LevelId(UUID.randomUUID()),
                rank,
                name,
                name + " (fr)",
                certified,
                deals,
                new BigDecimal(value),
                new Benefits(5 * rank, 90),
                retired);
    }
}
