package com.partnerportal.programme.internal;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.programme.CompanyLevelChanged.Change;
import com.partnerportal.programme.LevelId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Companies' standings and the facts they follow from (R10.2), read and written a batch of
 * companies at a time: the same statements serve one company after a certificate and 1,000 in a
 * vendor-wide recomputation.
 */
@Repository
public class Standings {

    /** One line of a company's level history. */
    public record HistoryLine(Instant at, Change change, LevelId from, LevelId to, String actor, String reason) {}

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    public Standings(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * The standings of these companies, their rows locked until the transaction ends, in company
     * order so that two batches never wait on each other in a circle. A company without a row gets one.
     */
    public Map<CompanyId, Standing> lock(List<CompanyId> companies) {
        UUID[] ids = ids(companies);
        jdbc.sql("""
                        INSERT INTO company_level (company_id)
                        SELECT c.id FROM company c WHERE c.id = ANY(:ids) ORDER BY c.id
                        ON CONFLICT DO NOTHING
                        """).param("ids", ids).update();
        var standings = new LinkedHashMap<CompanyId, Standing>();
        jdbc.sql("SELECT * FROM company_level WHERE company_id = ANY(:ids) ORDER BY company_id FOR UPDATE")
                .param("ids", ids)
                .query((ResultSet row) -> {
                    standings.put(new CompanyId(row.getObject("company_id", UUID.class)), standing(row));
                });
        return standings;
    }

    public Standing of(CompanyId company) {
        return jdbc.sql("SELECT * FROM company_level WHERE company_id = :id")
                .param("id", company.value())
                .query((row, n) -> standing(row))
                .optional()
                .orElse(Standing.NEW);
    }

    /**
     * The levels at or below the company's level in force, retired ones included, lowest first; none
     * below every level (R10.1).
     */
    public List<LevelId> levelsReachedBy(CompanyId company) {
        return jdbc.sql("""
                        SELECT reached.id
                          FROM company_level cl
                          JOIN programme_level in_force ON in_force.id = cl.level_id
                          JOIN programme_level reached ON reached.rank <= in_force.rank
                         WHERE cl.company_id = :id
                         ORDER BY reached.rank
                        """)
                .param("id", company.value())
                .query((row, n) -> new LevelId(row.getObject("id", UUID.class)))
                .list();
    }

    /** The standings of these companies that have one. */
    public Map<CompanyId, Standing> of(java.util.Collection<CompanyId> companies) {
        var found = new HashMap<CompanyId, Standing>();
        jdbc.sql("SELECT * FROM company_level WHERE company_id = ANY(:ids)")
                .param("ids", companies.stream().map(CompanyId::value).toArray(UUID[]::new))
                .query((ResultSet row) -> {
                    found.put(new CompanyId(row.getObject("company_id", UUID.class)), standing(row));
                });
        return found;
    }

    /** Company → the name of its level in force, for the companies that have one. */
    public Map<UUID, String> levelNames(java.util.Collection<CompanyId> companies, boolean french) {
        var names = new HashMap<UUID, String>();
        jdbc.sql("""
                        SELECT cl.company_id, CASE WHEN :fr THEN l.name_fr ELSE l.name_en END AS name
                          FROM company_level cl JOIN programme_level l ON l.id = cl.level_id
                         WHERE cl.company_id = ANY(:ids)
                        """)
                .param("fr", french)
                .param("ids", companies.stream().map(CompanyId::value).toArray(UUID[]::new))
                .query((ResultSet row) -> {
                    names.put(row.getObject("company_id", UUID.class), row.getString("name"));
                });
        return names;
    }

    /** The certificates of the companies' users and their deals won since {@code since}. */
    public Map<CompanyId, CompanyFacts> facts(List<CompanyId> companies, LocalDate since) {
        UUID[] ids = ids(companies);
        var members = new HashMap<CompanyId, List<CompanyFacts.Member>>();
        jdbc.sql("""
                        SELECT a.company_id, a.enabled, array_agg(c.certification_id) AS certifications
                          FROM account a JOIN certificate c ON c.account_id = a.id
                         WHERE a.company_id = ANY(:ids)
                         GROUP BY a.company_id, a.id
                        """).param("ids", ids).query((ResultSet row) -> {
            members.computeIfAbsent(new CompanyId(row.getObject("company_id", UUID.class)), c -> new ArrayList<>())
                    .add(new CompanyFacts.Member(row.getBoolean("enabled"), Set.copyOf(Arrays.asList((UUID[])
                            row.getArray("certifications").getArray()))));
        });
        var deals = new HashMap<CompanyId, List<CompanyFacts.WonDeal>>();
        jdbc.sql("""
                        SELECT company_id, won_on, coalesce(won_value, estimated_value) AS value, currency
                          FROM deal_registration
                         WHERE status = 'WON' AND company_id = ANY(:ids) AND won_on > :since
                        """).param("ids", ids).param("since", since).query((ResultSet row) -> {
            deals.computeIfAbsent(new CompanyId(row.getObject("company_id", UUID.class)), c -> new ArrayList<>())
                    .add(new CompanyFacts.WonDeal(
                            row.getObject("won_on", LocalDate.class),
                            row.getBigDecimal("value"),
                            row.getString("currency")));
        });
        var facts = new HashMap<CompanyId, CompanyFacts>();
        var all = new HashSet<CompanyId>(members.keySet());
        all.addAll(deals.keySet());
        for (var company : all) {
            facts.put(
                    company,
                    new CompanyFacts(members.getOrDefault(company, List.of()), deals.getOrDefault(company, List.of())));
        }
        return facts;
    }

    /** Writes the standings of companies locked by {@link #lock}, and when each was computed. */
    public void write(Map<CompanyId, Standing> standings, Set<CompanyId> levelChanged) {
        var rows = standings.entrySet().stream()
                .map(entry -> {
                    var s = entry.getValue();
                    var row = new MapSqlParameterSource()
                            .addValue("company", entry.getKey().value())
                            .addValue("level", value(s.inForce()))
                            .addValue("earned", value(s.earned()))
                            .addValue("downgrade", s.downgradeOn())
                            .addValue("reminded", s.reminded())
                            .addValue("changed", levelChanged.contains(entry.getKey()));
                    var o = s.override();
                    row.addValue("override", o == null ? null : o.level().value())
                            .addValue("reason", o == null ? null : o.reason())
                            .addValue("until", o == null ? null : o.until())
                            .addValue("by", o == null ? null : o.by());
                    return row;
                })
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate("""
                UPDATE company_level
                   SET level_id = :level, earned_level_id = :earned, downgrade_on = :downgrade,
                       downgrade_reminded = :reminded, override_level_id = :override, override_reason = :reason,
                       override_until = :until, override_by = :by, computed_at = now(),
                       changed_at = CASE WHEN :changed THEN now() ELSE changed_at END
                 WHERE company_id = :company
                """, rows);
    }

    /** Marks these companies computed now, for those whose standing did not move. */
    public void touch(List<CompanyId> companies) {
        jdbc.sql("UPDATE company_level SET computed_at = now() WHERE company_id = ANY(:ids)")
                .param("ids", ids(companies))
                .update();
    }

    public void record(Map<CompanyId, List<Standing.Step>> steps, String actor, String reason) {
        var rows = new ArrayList<MapSqlParameterSource>();
        steps.forEach((company, list) -> list.forEach(step -> rows.add(new MapSqlParameterSource()
                .addValue("company", company.value())
                .addValue("change", step.change().name())
                .addValue("from", value(step.from()))
                .addValue("to", value(step.to()))
                .addValue("actor", actor)
                .addValue("reason", reason))));
        batch.batchUpdate("""
                INSERT INTO company_level_history (company_id, change, from_level_id, to_level_id, actor, reason)
                VALUES (:company, :change, :from, :to, :actor, :reason)
                """, rows.toArray(MapSqlParameterSource[]::new));
    }

    public List<HistoryLine> history(CompanyId company) {
        return jdbc.sql(
                        "SELECT * FROM company_level_history WHERE company_id = :id ORDER BY at DESC, id DESC LIMIT 100")
                .param("id", company.value())
                .query((row, n) -> new HistoryLine(
                        row.getTimestamp("at").toInstant(),
                        Change.valueOf(row.getString("change")),
                        level(row, "from_level_id"),
                        level(row, "to_level_id"),
                        row.getString("actor"),
                        row.getString("reason")))
                .list();
    }

    /** The next companies in id order after {@code after} (null: from the first), for a recomputation. */
    public List<CompanyId> companiesAfter(UUID after, int limit) {
        return jdbc
                .sql("SELECT id FROM company WHERE (CAST(:after AS uuid) IS NULL OR id > :after) ORDER BY id LIMIT :n")
                .param("after", after)
                .param("n", limit)
                .query(UUID.class)
                .list()
                .stream()
                .map(CompanyId::new)
                .toList();
    }

    private static Standing standing(ResultSet row) throws SQLException {
        LevelId override = level(row, "override_level_id");
        return new Standing(
                level(row, "level_id"),
                level(row, "earned_level_id"),
                day(row, "downgrade_on"),
                row.getBoolean("downgrade_reminded"),
                override == null
                        ? null
                        : new Standing.Override(
                                override,
                                row.getString("override_reason"),
                                day(row, "override_until"),
                                row.getString("override_by")));
    }

    private static LevelId level(ResultSet row, String column) throws SQLException {
        UUID id = row.getObject(column, UUID.class);
        return id == null ? null : new LevelId(id);
    }

    private static LocalDate day(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static UUID value(LevelId id) {
        return id == null ? null : id.value();
    }

    private static UUID[] ids(List<CompanyId> companies) {
        return companies.stream().map(CompanyId::value).toArray(UUID[]::new);
    }
}
