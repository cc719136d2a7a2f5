package com.partnerportal.mycompany.internal;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.shared.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a partner administrator sees of their company (R11.1), read from the tables of the modules
 * that own it: accounts and their logins, technical seats and certificates, deal registrations, the
 * programme level. Read-only; every query is bound to the one company.
 */
@Repository
public class CompanyOverview {

    /** A user of the company, as the administrator's list shows them. */
    public record Colleague(
            UUID id,
            String email,
            String name,
            boolean enabled,
            boolean activated,
            boolean companyAdmin,
            Instant lastLogin,
            Integer seatNumber,
            List<String> certificationsEn,
            List<String> certificationsFr) {}

    /** Deal registrations of the company by status. */
    public record DealCount(String status, long count) {}

    /** The level in force, or null below every level. */
    public record LevelNames(String nameEn, String nameFr) {}

    private final JdbcClient jdbc;

    CompanyOverview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Colleague> colleagues(CompanyId company) {
        return jdbc.sql("""
                SELECT a.id, a.email, trim(a.first_name || ' ' || a.last_name) AS name, a.enabled,
                       a.activated_at IS NOT NULL AS activated, a.company_admin,
                       (SELECT max(l.occurred_at) FROM account_login l WHERE l.account_id = a.id AND l.succeeded)
                           AS last_login,
                       s.seat_no,
                       coalesce(held.titles_en, '{}') AS certifications_en,
                       coalesce(held.titles_fr, '{}') AS certifications_fr
                FROM account a LEFT JOIN technical_seat s ON s.account_id = a.id
                LEFT JOIN LATERAL (SELECT array_agg(c.title_en ORDER BY c.title_en) AS titles_en,
                                          array_agg(c.title_fr ORDER BY c.title_en) AS titles_fr
                                   FROM certificate x JOIN certification c ON c.id = x.certification_id
                                   WHERE x.account_id = a.id) held ON true
                WHERE a.company_id = :company AND a.role = 'PARTNER_USER'
                ORDER BY lower(a.last_name), lower(a.first_name), a.email
                """)
                .param("company", company.value())
                .query(CompanyOverview::colleague)
                .list();
    }

    public List<DealCount> deals(CompanyId company) {
        return jdbc.sql("SELECT status, count(*) AS n FROM deal_registration WHERE company_id = :company"
                        + " GROUP BY status ORDER BY status")
                .param("company", company.value())
                .query((row, n) -> new DealCount(row.getString("status"), row.getLong("n")))
                .list();
    }

    public LevelNames level(CompanyId company) {
        return jdbc.sql("SELECT p.name_en, p.name_fr FROM company_level l JOIN programme_level p ON p.id = l.level_id"
                        + " WHERE l.company_id = :company")
                .param("company", company.value())
                .query((row, n) -> new LevelNames(row.getString("name_en"), row.getString("name_fr")))
                .optional()
                .orElse(null);
    }

    private static Colleague colleague(ResultSet row, int n) throws SQLException {
        int seat = row.getInt("seat_no");
        Integer seatNumber = row.wasNull() ? null : seat;
        return new Colleague(
                row.getObject("id", UUID.class),
                row.getString("email"),
                row.getString("name"),
                row.getBoolean("enabled"),
                row.getBoolean("activated"),
                row.getBoolean("company_admin"),
                Rows.instant(row, "last_login"),
                seatNumber,
                List.of((String[]) row.getArray("certifications_en").getArray()),
                List.of((String[]) row.getArray("certifications_fr").getArray()));
    }
}
