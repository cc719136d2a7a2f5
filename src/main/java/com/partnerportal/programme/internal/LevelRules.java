package com.partnerportal.programme.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A company's earned level as a pure function of its facts (R10.2): the highest active level whose
 * every criterion it meets. Disabled users count for nothing (a user who left is disabled); a deal
 * counts if it was won in the 12 months up to today.
 */
public final class LevelRules {

    private LevelRules() {}

    /** @param levels every level, in rank order; retired ones are never earned */
    public static Optional<Level> earned(List<Level> levels, CompanyFacts facts, Rates rates, LocalDate today) {
        var reversed = new ArrayList<>(levels);
        Collections.reverse(reversed);
        return reversed.stream()
                .filter(level -> !level.retired())
                .filter(level -> gaps(level, facts, rates, today).isEmpty())
                .findFirst();
    }

    /** What the company lacks for the level, criterion by criterion; empty when it meets them all. */
    public static List<Gap> gaps(Level level, CompanyFacts facts, Rates rates, LocalDate today) {
        var gaps = new ArrayList<Gap>();
        for (var criterion : level.certifications()) {
            long holders = facts.members().stream()
                    .filter(CompanyFacts.Member::enabled)
                    .filter(member -> !Collections.disjoint(member.certifications(), criterion.anyOf()))
                    .count();
            if (holders < criterion.users()) {
                gaps.add(new Gap.CertifiedUsers(
                        (int) (criterion.users() - holders), criterion.users(), criterion.anyOf()));
            }
        }
        var window = wonInWindow(facts, today);
        if (window.size() < level.dealsWon()) {
            gaps.add(new Gap.DealsWon(level.dealsWon() - window.size(), level.dealsWon()));
        }
        if (level.wonValue().signum() > 0) {
            BigDecimal value = window.stream()
                    .map(deal ->
                            rates.toReporting(deal.value(), deal.currency()).orElse(BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (value.compareTo(level.wonValue()) < 0) {
                gaps.add(new Gap.WonValue(
                        level.wonValue().subtract(value), level.wonValue(), rates.reportingCurrency()));
            }
        }
        return gaps;
    }

    private static List<CompanyFacts.WonDeal> wonInWindow(CompanyFacts facts, LocalDate today) {
        LocalDate since = today.minusMonths(12);
        return facts.wonDeals().stream()
                .filter(deal -> deal.wonOn().isAfter(since) && !deal.wonOn().isAfter(today))
                .toList();
    }
}
