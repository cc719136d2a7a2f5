package com.partnerportal.programme.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a company's level follows from (R10.2): its users' certificates and its won deals. Read from
 * the database; judged by {@link LevelRules}.
 */
public record CompanyFacts(List<Member> members, List<WonDeal> wonDeals) {

    public static final CompanyFacts NONE = new CompanyFacts(List.of(), List.of());

    public CompanyFacts {
        members = List.copyOf(members);
        wonDeals = List.copyOf(wonDeals);
    }

    /** A user of the company and the certifications they hold; a disabled user counts for nothing. */
    public record Member(boolean enabled, Set<UUID> certifications) {}

    /** A won registration: the day, its final value and currency. */
    public record WonDeal(LocalDate wonOn, BigDecimal value, String currency) {}
}
