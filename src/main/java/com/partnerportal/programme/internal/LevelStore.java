package com.partnerportal.programme.internal;

import com.partnerportal.partners.Benefits;
import com.partnerportal.programme.LevelId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The levels with their criteria, the rates and the settings (R10.1). */
@Repository
public class LevelStore {

    /** The currency won values are compared in, and how long a downgrade waits (R10.3). */
    public record Settings(String reportingCurrency, int graceDays) {}

    private final JdbcClient jdbc;

    public LevelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every level, retired ones included, lowest first. */
    public List<Level> all() {
        var criteria = new HashMap<UUID, List<CertificationCriterion>>();
        jdbc.sql("SELECT level_id, users, certification_ids FROM programme_criterion ORDER BY level_id, position")
                .query((ResultSet row) -> {
                    criteria.computeIfAbsent(row.getObject("level_id", UUID.class), id -> new ArrayList<>())
                            .add(new CertificationCriterion(row.getInt("users"), Set.copyOf(Arrays.asList((UUID[])
                                    row.getArray("certification_ids").getArray()))));
                });
        return jdbc.sql("SELECT * FROM programme_level ORDER BY rank")
                .query((row, n) -> level(row, criteria.getOrDefault(row.getObject("id", UUID.class), List.of())))
                .list();
    }

    public Optional<Level> find(LevelId id) {
        return all().stream().filter(level -> level.id().equals(id)).findFirst();
    }

    /** Appends a level above the others. */
    public void insert(Level level) {
        jdbc.sql("""
                        INSERT INTO programme_level (id, rank, name_en, name_fr, deals_won, won_value, technical_seats,
                                                     protection_days)
                        VALUES (:id, (SELECT coalesce(max(rank), 0) + 1 FROM programme_level), :en, :fr, :deals,
                                :value, :seats, :days)
                        """).paramSource(fields(level)).update();
        writeCriteria(level);
    }

    public boolean update(Level level) {
        int updated = jdbc.sql("""
                        UPDATE programme_level
                           SET name_en = :en, name_fr = :fr, deals_won = :deals, won_value = :value,
                               technical_seats = :seats, protection_days = :days
                         WHERE id = :id
                        """).paramSource(fields(level)).update();
        jdbc.sql("DELETE FROM programme_criterion WHERE level_id = :id")
                .param("id", level.id().value())
                .update();
        writeCriteria(level);
        return updated == 1;
    }

    public boolean setRetired(LevelId id, boolean retired) {
        return jdbc.sql("UPDATE programme_level SET retired_at = CASE WHEN :retired THEN now() END WHERE id = :id")
                        .param("retired", retired)
                        .param("id", id.value())
                        .update()
                == 1;
    }

    /** Swaps the ranks of two levels (the constraint is checked at commit). */
    public void swap(Level one, Level other) {
        jdbc.sql("""
                        UPDATE programme_level SET rank = CASE WHEN id = :one THEN :otherRank ELSE :oneRank END
                         WHERE id IN (:one, :other)
                        """)
                .param("one", one.id().value())
                .param("other", other.id().value())
                .param("oneRank", one.rank())
                .param("otherRank", other.rank())
                .update();
    }

    public Settings settings() {
        return jdbc.sql("SELECT reporting_currency, grace_days FROM programme_settings")
                .query((row, n) -> new Settings(row.getString("reporting_currency"), row.getInt("grace_days")))
                .single();
    }

    public void saveSettings(Settings settings, String actor) {
        jdbc.sql("""
                        UPDATE programme_settings
                           SET reporting_currency = :currency, grace_days = :grace, updated_at = now(), updated_by = :by
                        """)
                .param("currency", settings.reportingCurrency())
                .param("grace", settings.graceDays())
                .param("by", actor)
                .update();
    }

    public Rates rates() {
        var perUnit = new LinkedHashMap<String, BigDecimal>();
        jdbc.sql("SELECT currency, rate FROM programme_rate ORDER BY currency").query((ResultSet row) -> {
            perUnit.put(row.getString("currency"), row.getBigDecimal("rate"));
        });
        return new Rates(settings().reportingCurrency(), perUnit);
    }

    public void setRate(String currency, BigDecimal rate, String actor) {
        jdbc.sql("""
                        INSERT INTO programme_rate (currency, rate, updated_by) VALUES (:currency, :rate, :by)
                        ON CONFLICT (currency) DO UPDATE SET rate = :rate, updated_at = now(), updated_by = :by
                        """)
                .param("currency", currency)
                .param("rate", rate)
                .param("by", actor)
                .update();
    }

    public boolean removeRate(String currency) {
        return jdbc.sql("DELETE FROM programme_rate WHERE currency = :currency")
                        .param("currency", currency)
                        .update()
                == 1;
    }

    /** The currencies of won deals that have no rate, so the admin page can ask for them. */
    public List<String> currenciesWithoutRate() {
        return jdbc.sql("""
                        SELECT DISTINCT d.currency FROM deal_registration d
                         WHERE d.status = 'WON' AND d.currency <> (SELECT reporting_currency FROM programme_settings)
                           AND NOT EXISTS (SELECT 1 FROM programme_rate r WHERE r.currency = d.currency)
                         ORDER BY 1
                        """).query(String.class).list();
    }

    private void writeCriteria(Level level) {
        int position = 0;
        for (var criterion : level.certifications()) {
            jdbc.sql("""
                            INSERT INTO programme_criterion (level_id, position, users, certification_ids)
                            VALUES (:level, :position, :users, CAST(:certifications AS uuid[]))
                            """)
                    .param("level", level.id().value())
                    .param("position", position++)
                    .param("users", criterion.users())
                    .param("certifications", criterion.anyOf().stream().sorted().toArray(UUID[]::new))
                    .update();
        }
    }

    private static Map<String, Object> fieldMap(Level level) {
        var fields = new HashMap<String, Object>();
        fields.put("id", level.id().value());
        fields.put("en", level.nameEn());
        fields.put("fr", level.nameFr());
        fields.put("deals", level.dealsWon());
        fields.put("value", level.wonValue());
        fields.put("seats", level.benefits().technicalSeats());
        fields.put("days", level.benefits().dealProtectionDays());
        return fields;
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource fields(Level level) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource(fieldMap(level));
    }

    private static Level level(ResultSet row, List<CertificationCriterion> criteria) throws SQLException {
        return new Level(
                new LevelId(row.getObject("id", UUID.class)),
                row.getInt("rank"),
                row.getString("name_en"),
                row.getString("name_fr"),
                criteria,
                row.getInt("deals_won"),
                row.getBigDecimal("won_value"),
                new Benefits(row.getInt("technical_seats"), row.getInt("protection_days")),
                row.getTimestamp("retired_at") != null);
    }
}
