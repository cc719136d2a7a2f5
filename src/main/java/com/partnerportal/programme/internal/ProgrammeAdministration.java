package com.partnerportal.programme.internal;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.CompanyView;
import com.partnerportal.partners.Partners;
import com.partnerportal.programme.LevelId;
import com.partnerportal.programme.ProgrammeChanged;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.university.CertificationTitle;
import com.partnerportal.university.Courses;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor's side of the programme (R10.1, R10.3): levels, their criteria and order, the rates and
 * settings, and companies' overrides. Every change is audited; a change to what levels require starts
 * a vendor-wide recomputation, which the admin page follows.
 */
@Service
@PreAuthorize("hasRole('VENDOR_ADMIN')")
public class ProgrammeAdministration {

    private final LevelStore levels;
    private final Standings standings;
    private final LevelComputation computation;
    private final Recomputations recomputations;
    private final Courses courses;
    private final Partners partners;
    private final ApplicationEventPublisher events;

    public ProgrammeAdministration(
            LevelStore levels,
            Standings standings,
            LevelComputation computation,
            Recomputations recomputations,
            Courses courses,
            Partners partners,
            ApplicationEventPublisher events) {
        this.levels = levels;
        this.standings = standings;
        this.computation = computation;
        this.recomputations = recomputations;
        this.courses = courses;
        this.partners = partners;
        this.events = events;
    }

    public List<Level> levels() {
        return levels.all();
    }

    public Level level(UUID id) {
        return levels.find(new LevelId(id)).orElseThrow(NotFoundException::new);
    }

    public List<CertificationTitle> certifications() {
        return courses.certifications();
    }

    public Map<UUID, CertificationTitle> certificationsById() {
        return certifications().stream().collect(Collectors.toMap(CertificationTitle::id, c -> c));
    }

    /** @throws FormRefusedException when a criterion names a certification that does not exist */
    @Transactional
    public LevelId create(LevelForm form, String actor) {
        refuseUnknownCertifications(form);
        var level = form.toLevel(new LevelId(UUID.randomUUID()), 0);
        levels.insert(level);
        changed(actor, "level-created", level.id(), "Level " + level.nameEn() + " created: " + describe(level));
        return level.id();
    }

    @Transactional
    public void update(UUID id, LevelForm form, String actor) {
        var before = level(id);
        refuseUnknownCertifications(form);
        var after = form.toLevel(before.id(), before.rank());
        levels.update(after);
        changed(actor, "level-changed", after.id(), "Level " + after.nameEn() + ": " + describe(after));
    }

    @Transactional
    public void setRetired(UUID id, boolean retired, String actor) {
        var level = level(id);
        levels.setRetired(level.id(), retired);
        changed(actor, retired ? "level-retired" : "level-restored", level.id(), "Level " + level.nameEn());
    }

    /** Moves a level one place up (towards the top level) or down. */
    @Transactional
    public void move(UUID id, boolean up, String actor) {
        var all = levels.all();
        var level = level(id);
        int at = all.indexOf(level);
        int other = up ? at + 1 : at - 1;
        if (other < 0 || other >= all.size()) {
            return;
        }
        levels.swap(level, all.get(other));
        changed(actor, "level-moved", level.id(), "Level " + level.nameEn() + (up ? " moved up" : " moved down"));
    }

    public LevelStore.Settings settings() {
        return levels.settings();
    }

    public Rates rates() {
        return levels.rates();
    }

    public List<String> currenciesWithoutRate() {
        return levels.currenciesWithoutRate();
    }

    @Transactional
    public void saveSettings(SettingsForm form, String actor) {
        var settings = form.settings();
        levels.saveSettings(settings, actor);
        events.publishEvent(new ProgrammeChanged(
                actor,
                "settings-changed",
                "programme",
                "settings",
                "Reporting currency " + settings.reportingCurrency() + ", grace " + settings.graceDays() + " days"));
        recompute("settings changed", actor);
    }

    @Transactional
    public void setRate(RateForm form, String actor) {
        levels.setRate(form.currency(), form.perUnit(), actor);
        events.publishEvent(new ProgrammeChanged(
                actor, "rate-set", "currency", form.currency(), "1 " + form.currency() + " = " + form.perUnit()));
        recompute("rate changed", actor);
    }

    @Transactional
    public void removeRate(String currency, String actor) {
        if (!levels.removeRate(currency)) {
            throw new NotFoundException();
        }
        events.publishEvent(new ProgrammeChanged(actor, "rate-removed", "currency", currency, "Rate removed"));
        recompute("rate changed", actor);
    }

    /** Starts a vendor-wide recomputation; the page follows it through {@link #progress()}. */
    @Transactional
    public UUID recompute(String cause, String actor) {
        UUID run = recomputations.start(cause, actor);
        events.publishEvent(new ProgrammeChanged(actor, "recomputation-started", "programme", run.toString(), cause));
        return run;
    }

    public java.util.Optional<Recomputations.Progress> progress() {
        return recomputations.latest();
    }

    public Standing standingOf(UUID company) {
        return standings.of(existing(company));
    }

    public List<Standings.HistoryLine> historyOf(UUID company) {
        return standings.history(existing(company));
    }

    /** @throws FormRefusedException when the level is unknown or retired, or the end is not ahead */
    @Transactional
    public void override(UUID company, OverrideForm form, String actor) {
        var id = existing(company);
        var level = levels.find(new LevelId(UUID.fromString(form.level())))
                .filter(l -> !l.retired())
                .orElseThrow(() -> new FormRefusedException(Map.of("level", "programme.error.level")));
        if (!form.untilDay().isAfter(computation.today())) {
            throw new FormRefusedException(Map.of("until", "programme.error.until"));
        }
        computation.override(id, new Standing.Override(level.id(), form.reason(), form.untilDay(), actor), actor);
        events.publishEvent(new ProgrammeChanged(
                actor,
                "override-set",
                "company",
                company.toString(),
                "Level " + level.nameEn() + " until " + form.untilDay() + ": " + form.reason()));
    }

    @Transactional
    public void endOverride(UUID company, String actor) {
        var id = existing(company);
        computation.endOverride(id, actor);
        events.publishEvent(
                new ProgrammeChanged(actor, "override-ended", "company", company.toString(), "Override ended"));
    }

    public CompanyView company(UUID company) {
        return partners.company(new CompanyId(company)).orElseThrow(NotFoundException::new);
    }

    private CompanyId existing(UUID company) {
        return company(company).id();
    }

    private void refuseUnknownCertifications(LevelForm form) {
        var known = new HashSet<>(certificationsById().keySet());
        if (!known.containsAll(form.certificationsNamed())) {
            throw new FormRefusedException(Map.of("criteria", "programme.error.certifications"));
        }
    }

    private void changed(String actor, String verb, LevelId level, String details) {
        events.publishEvent(new ProgrammeChanged(actor, verb, "programme-level", level.toString(), details));
        recompute("level " + verb.substring("level-".length()), actor);
    }

    private static String describe(Level level) {
        return level.benefits().technicalSeats() + " seats, " + level.benefits().dealProtectionDays()
                + " days protection, " + level.certifications().size() + " certification criteria, "
                + level.dealsWon() + " deals won, value " + level.wonValue();
    }
}
