package com.partnerportal.programme.internal;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import com.partnerportal.programme.LevelId;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.university.Courses;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Programme page of a partner company (R10.2): its level and benefits in force, the next level
 * and exactly what the company lacks for it, a pending downgrade or override, and the history.
 */
@Service
public class ProgrammeOverview {

    /** What a company lacks, as one sentence of the page: a message key and its two arguments. */
    public record Missing(String key, String count, String what) {}

    public record Overview(
            String companyName,
            Level level,
            int technicalSeats,
            int protectionDays,
            Level next,
            List<Missing> missing,
            LocalDate downgradeOn,
            Level downgradeTo,
            Standing.Override override,
            List<Level> levels,
            List<Standings.HistoryLine> history,
            Map<UUID, Level> byId) {

        public Level level(LevelId id) {
            return id == null ? null : byId.get(id.value());
        }
    }

    private final LevelStore levels;
    private final Standings standings;
    private final LevelComputation computation;
    private final Partners partners;
    private final Courses courses;

    public ProgrammeOverview(
            LevelStore levels, Standings standings, LevelComputation computation, Partners partners, Courses courses) {
        this.levels = levels;
        this.standings = standings;
        this.computation = computation;
        this.partners = partners;
        this.courses = courses;
    }

    @Transactional(readOnly = true)
    public Overview of(CompanyId company, Locale language) {
        var view = partners.company(company).orElseThrow(NotFoundException::new);
        var all = levels.all();
        Map<UUID, Level> byId = all.stream().collect(Collectors.toMap(l -> l.id().value(), l -> l));
        var standing = standings.of(company);
        Level current =
                standing.inForce() == null ? null : byId.get(standing.inForce().value());
        var active = all.stream().filter(l -> !l.retired()).toList();
        Optional<Level> next = active.stream()
                .filter(l -> current == null || l.rank() > current.rank())
                .findFirst();
        LocalDate today = computation.today();
        var facts = standings.facts(List.of(company), today.minusMonths(12)).getOrDefault(company, CompanyFacts.NONE);
        var rates = levels.rates();
        List<Missing> missing = next.map(level -> LevelRules.gaps(level, facts, rates, today).stream()
                        .map(gap -> say(gap, language))
                        .toList())
                .orElse(List.of());
        var override = standing.override() != null && standing.override().activeOn(today) ? standing.override() : null;
        return new Overview(
                view.name(),
                current,
                view.technicalSeatLimit(),
                view.dealProtectionDays(),
                next.orElse(null),
                missing,
                standing.downgradeOn(),
                standing.downgradeOn() == null || standing.earned() == null
                        ? null
                        : byId.get(standing.earned().value()),
                override,
                active,
                standings.history(company),
                byId);
    }

    private Missing say(Gap gap, Locale language) {
        var numbers = NumberFormat.getIntegerInstance(language);
        return switch (gap) {
            case Gap.CertifiedUsers users ->
                new Missing(
                        "programme.missing.users", numbers.format(users.missing()), certifications(users, language));
            case Gap.DealsWon deals -> new Missing("programme.missing.deals", numbers.format(deals.missing()), "");
            case Gap.WonValue value ->
                new Missing("programme.missing.value", amount(value.missing(), language), value.currency());
        };
    }

    private String certifications(Gap.CertifiedUsers users, Locale language) {
        var titles = courses.certifications().stream()
                .filter(c -> users.anyOf().contains(c.id()))
                .map(c -> c.title(language))
                .sorted()
                .toList();
        return String.join(" / ", titles.isEmpty() ? List.of("?") : titles);
    }

    private static String amount(BigDecimal value, Locale language) {
        var format = NumberFormat.getNumberInstance(language);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
