package com.partnerportal.programme.internal;

import com.partnerportal.partners.Benefits;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import com.partnerportal.programme.CompanyLevelChanged;
import com.partnerportal.programme.LevelId;
import com.partnerportal.programme.LevelView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes companies' levels (R10.2) and puts their benefits in force (R10.1, R10.4), a batch at a
 * time: it locks the standings, reads the facts, applies {@link LevelRules} and {@link Standing#next},
 * then writes only what moved, with its history and events. The company rows the benefits are written
 * to are the ones a seat claim locks, so a limit changes between two claims, never during one.
 */
@Service
public class LevelComputation {

    private final LevelStore levels;
    private final Standings standings;
    private final Partners partners;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public LevelComputation(
            LevelStore levels, Standings standings, Partners partners, ApplicationEventPublisher events) {
        this.levels = levels;
        this.standings = standings;
        this.partners = partners;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** Recomputes these companies; returns how many changed level or standing. */
    @Transactional
    public int recompute(List<CompanyId> companies, String actor) {
        return settle(companies, UnaryOperator.identity(), actor, null);
    }

    /** Sets a company's level by hand until a day (R10.3), in force at once. */
    @Transactional
    public void override(CompanyId company, Standing.Override override, String actor) {
        settle(List.of(company), standing -> standing.overriddenBy(override), actor, override.reason());
    }

    /** Ends a company's override now: its earned level applies at once. */
    @Transactional
    public void endOverride(CompanyId company, String actor) {
        settle(List.of(company), standing -> standing.overrideEndedBefore(today()), actor, null);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private int settle(List<CompanyId> companies, UnaryOperator<Standing> adjust, String actor, String reason) {
        if (companies.isEmpty()) {
            return 0;
        }
        var all = levels.all();
        var byId = new HashMap<LevelId, Level>();
        all.forEach(level -> byId.put(level.id(), level));
        var settings = levels.settings();
        var rates = levels.rates();
        LocalDate today = today();
        var locked = standings.lock(companies);
        var facts = standings.facts(List.copyOf(locked.keySet()), today.minusMonths(12));
        var moved = new LinkedHashMap<CompanyId, Standing>();
        var levelChanged = new HashSet<CompanyId>();
        var steps = new LinkedHashMap<CompanyId, List<Standing.Step>>();
        var benefits = new HashMap<CompanyId, Benefits>();
        locked.forEach((company, before) -> {
            var earned = LevelRules.earned(all, facts.getOrDefault(company, CompanyFacts.NONE), rates, today)
                    .map(Level::id)
                    .orElse(null);
            var outcome = adjust.apply(before).next(earned, today, settings.graceDays(), id -> rankOf(byId.get(id)));
            var after = outcome.standing();
            if (!after.equals(before)) {
                moved.put(company, after);
            }
            if (!Objects.equals(after.inForce(), before.inForce())) {
                levelChanged.add(company);
            }
            if (!outcome.steps().isEmpty()) {
                steps.put(company, outcome.steps());
            }
            benefits.put(
                    company,
                    after.inForce() == null
                            ? Benefits.NONE
                            : byId.get(after.inForce()).benefits());
        });
        if (!moved.isEmpty()) {
            standings.write(moved, levelChanged);
        }
        partners.applyBenefits(benefits);
        if (!steps.isEmpty()) {
            standings.record(steps, actor, reason);
            steps.forEach((company, list) -> list.forEach(step -> events.publishEvent(new CompanyLevelChanged(
                    company,
                    step.change(),
                    view(byId, step.from()),
                    view(byId, step.to()),
                    moved.get(company).downgradeOn(),
                    actor))));
        }
        return moved.size();
    }

    private static int rankOf(Level level) {
        return level == null || level.retired() ? 0 : level.rank();
    }

    private static LevelView view(Map<LevelId, Level> levels, LevelId id) {
        return id == null ? null : levels.get(id).view();
    }
}
