package com.partnerportal.partners.internal;

import com.partnerportal.partners.Benefits;
import com.partnerportal.partners.CompanyId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The vendor's list of partner companies: search by name or domain, sort, page. */
@Repository
public class CompanyDirectory {

    public record Row(
            UUID id,
            String name,
            String country,
            List<String> domains,
            String distributorName,
            java.time.Instant createdAt) {}

    public record Page(List<Row> companies, long total) {}

    public enum Sort {
        NAME("lower(c.name), c.id"),
        COUNTRY("c.country, lower(c.name)"),
        NEWEST("c.created_at DESC, c.id");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    private final JdbcClient jdbc;

    public CompanyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The vendor's limit for this company alone, or null for the level's (R10.4). */
    public int setSeatOverride(UUID company, Integer limit) {
        return jdbc.sql("UPDATE company SET technical_seat_override = :limit WHERE id = :id")
                .param("limit", limit)
                .param("id", company)
                .update();
    }

    /**
     * Writes the benefits of the companies' levels, skipping those already in force. Each row's
     * update takes the company's lock, so a seat claim (which locks it too) sees the limit before
     * or after, never half (R10.4).
     */
    public int applyBenefits(Map<CompanyId, Benefits> benefits) {
        if (benefits.isEmpty()) {
            return 0;
        }
        var ids = new UUID[benefits.size()];
        var seats = new Integer[ids.length];
        var days = new Integer[ids.length];
        int i = 0;
        for (var entry : benefits.entrySet()) {
            ids[i] = entry.getKey().value();
            seats[i] = entry.getValue().technicalSeats();
            days[i++] = entry.getValue().dealProtectionDays();
        }
        return jdbc.sql("""
                        UPDATE company c
                           SET level_technical_seats = b.seats, deal_protection_days = b.days
                          FROM unnest(CAST(:ids AS uuid[]), CAST(:seats AS integer[]), CAST(:days AS integer[]))
                               AS b (id, seats, days)
                         WHERE c.id = b.id
                           AND (c.level_technical_seats, c.deal_protection_days) IS DISTINCT FROM (b.seats, b.days)
                        """)
                .param("ids", ids)
                .param("seats", seats)
                .param("days", days)
                .update();
    }

    public List<UUID> withDomain(String domain) {
        return jdbc.sql("SELECT DISTINCT company_id FROM company_domain WHERE domain = :domain")
                .param("domain", domain)
                .query(UUID.class)
                .list();
    }

    public Page page(String search, Sort sort, int page, int size) {
        String text = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        String where = " WHERE (CAST(:text AS text) IS NULL OR strpos(lower(c.name), :text) > 0"
                + " OR EXISTS (SELECT 1 FROM company_domain cd WHERE cd.company_id = c.id AND strpos(cd.domain, :text) > 0))";
        long total = jdbc.sql("SELECT count(*) FROM company c" + where)
                .param("text", text)
                .query(Long.class)
                .single();
        var rows = jdbc.sql("SELECT c.id, c.name, c.country, c.created_at,"
                        + " ARRAY(SELECT domain FROM company_domain cd WHERE cd.company_id = c.id ORDER BY domain) AS domains,"
                        + " (SELECT d.name FROM distributor_association a JOIN distributor d ON d.id = a.distributor_id"
                        + "  WHERE a.company_id = c.id AND a.ended_at IS NULL) AS distributor_name"
                        + " FROM company c" + where + " ORDER BY " + sort.orderBy + " LIMIT :size OFFSET :offset")
                .param("text", text)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((row, n) -> new Row(
                        row.getObject("id", UUID.class),
                        row.getString("name"),
                        row.getString("country"),
                        List.of((String[]) row.getArray("domains").getArray()),
                        row.getString("distributor_name"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
        return new Page(rows, total);
    }
}
