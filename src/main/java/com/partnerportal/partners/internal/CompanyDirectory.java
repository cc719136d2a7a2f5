package com.partnerportal.partners.internal;

import java.util.List;
import java.util.Locale;
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

    public int setSeatLimit(UUID company, int limit) {
        return jdbc.sql("UPDATE company SET technical_seat_limit = :limit, version = version + 1 WHERE id = :id")
                .param("limit", limit)
                .param("id", company)
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
