package com.partnerportal.programme;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.programme.internal.LevelStore;
import com.partnerportal.programme.internal.Standing;
import com.partnerportal.programme.internal.Standings;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Programme levels as other modules ask about them: the active levels and a company's level in force (R10.1). */
@Service
public class Programme {

    private final LevelStore levels;
    private final Standings standings;

    public Programme(LevelStore levels, Standings standings) {
        this.levels = levels;
        this.standings = standings;
    }

    /** The names of these companies' levels in force, in one query; a company below every level is absent. */
    public Map<UUID, String> levelNames(Collection<CompanyId> companies, Locale language) {
        return standings.levelNames(companies, "fr".equals(language.getLanguage()));
    }

    /**
     * A company's place in the programme as a distributor reads it (R10.2, R10.3): the level in force,
     * and a downgrade announced with its day and the level it leads to (null below every level).
     */
    public record CompanyStanding(CompanyId companyId, LevelView level, LocalDate downgradeOn, LevelView downgradeTo) {}

    /** The standings of these companies, in one query; a company never computed stands below every level. */
    public Map<CompanyId, CompanyStanding> standingsOf(Collection<CompanyId> companies) {
        var byId = new HashMap<LevelId, LevelView>();
        levels.all().forEach(level -> byId.put(level.id(), level.view()));
        var found = standings.of(companies);
        var result = new LinkedHashMap<CompanyId, CompanyStanding>();
        for (var company : companies) {
            var standing = found.getOrDefault(company, Standing.NEW);
            result.put(
                    company,
                    new CompanyStanding(
                            company,
                            standing.inForce() == null ? null : byId.get(standing.inForce()),
                            standing.downgradeOn(),
                            standing.downgradeOn() != null && standing.earned() != null
                                    ? byId.get(standing.earned())
                                    : null));
        }
        return result;
    }

    /** The levels a company can earn, lowest first. */
    public List<LevelView> levels() {
        return levels.all().stream()
                .filter(level -> !level.retired())
                .map(level -> level.view())
                .toList();
    }

    /** The active levels as choices of a form, lowest first. */
    public List<LevelChoice> choices(Locale language) {
        return levels().stream()
                .map(level -> new LevelChoice(level.id().toString(), level.name(language)))
                .toList();
    }

    public Optional<LevelView> find(LevelId id) {
        return levels.find(id).map(level -> level.view());
    }

    /**
     * The levels the company is at or above (R10.1: resources reserved to a level and above), retired
     * ones included; none below every level.
     */
    public List<LevelId> reachedBy(CompanyId company) {
        return standings.levelsReachedBy(company);
    }
}
