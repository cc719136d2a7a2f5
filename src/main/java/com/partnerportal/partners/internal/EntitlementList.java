package com.partnerportal.partners.internal;

import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.EntitlementView;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The entitlement table. Upserts are set-based, so a 100,000-row list is applied in a few statements. */
@Repository
public class EntitlementList {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    public record Counts(int created, int updated, int unchanged) {}

    public record Page(List<EntitlementView> entitlements, long total) {}

    public enum Sort {
        NAME("lower(company_name), customer_id"),
        CUSTOMER_ID("customer_id"),
        UPDATED("updated_at DESC, customer_id");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    private static final int CHUNK = 10_000;

    private final JdbcClient jdbc;

    public EntitlementList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Outcome upsert(DistributorId distributor, EntitlementDraft draft) {
        var counts = upsertAll(distributor, List.of(draft));
        return counts.created() == 1 ? Outcome.CREATED : counts.updated() == 1 ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /** Creates or updates each draft by customer id; drafts identical to what is stored change nothing. */
    public Counts upsertAll(DistributorId distributor, List<EntitlementDraft> drafts) {
        int created = 0;
        int updated = 0;
        for (int from = 0; from < drafts.size(); from += CHUNK) {
            var chunk = drafts.subList(from, Math.min(drafts.size(), from + CHUNK));
            List<Boolean> inserted = jdbc.sql("""
                            INSERT INTO entitlement (id, distributor_id, customer_id, company_name, country, domains)
                            SELECT gen_random_uuid(), :distributor, customer_id, company_name, country,
                                   string_to_array(domains, ' ')
                            FROM unnest(CAST(:customerIds AS text[]), CAST(:names AS text[]),
                                        CAST(:countries AS text[]), CAST(:domains AS text[]))
                                 AS row (customer_id, company_name, country, domains)
                            ON CONFLICT (distributor_id, customer_id) DO UPDATE SET
                                company_name = EXCLUDED.company_name,
                                country = EXCLUDED.country,
                                domains = EXCLUDED.domains,
                                updated_at = now()
                            WHERE (entitlement.company_name, entitlement.country, entitlement.domains)
                                  IS DISTINCT FROM (EXCLUDED.company_name, EXCLUDED.country, EXCLUDED.domains)
                            RETURNING (xmax = 0)
                            """)
                    .param("distributor", distributor.value())
                    .param(
                            "customerIds",
                            chunk.stream().map(EntitlementDraft::customerId).toArray(String[]::new))
                    .param(
                            "names",
                            chunk.stream().map(EntitlementDraft::companyName).toArray(String[]::new))
                    .param(
                            "countries",
                            chunk.stream().map(EntitlementDraft::country).toArray(String[]::new))
                    .param(
                            "domains",
                            chunk.stream()
                                    .map(d -> String.join(" ", d.domains()))
                                    .toArray(String[]::new))
                    .query(Boolean.class)
                    .list();
            int createdHere =
                    (int) inserted.stream().filter(Boolean::booleanValue).count();
            created += createdHere;
            updated += inserted.size() - createdHere;
        }
        return new Counts(created, updated, drafts.size() - created - updated);
    }

    public boolean delete(DistributorId distributor, String customerId) {
        return jdbc.sql("DELETE FROM entitlement WHERE distributor_id = :distributor AND customer_id = :customerId")
                        .param("distributor", distributor.value())
                        .param("customerId", customerId)
                        .update()
                == 1;
    }

    public Optional<EntitlementView> find(DistributorId distributor, String customerId) {
        return jdbc.sql("SELECT * FROM entitlement WHERE distributor_id = :distributor AND customer_id = :customerId")
                .param("distributor", distributor.value())
                .param("customerId", customerId)
                .query(EntitlementList::map)
                .optional();
    }

    /** Entitlements of a distributor that name this registrable domain. */
    public List<EntitlementView> withDomain(DistributorId distributor, String domain) {
        return jdbc.sql("SELECT * FROM entitlement WHERE distributor_id = :distributor"
                        + " AND domains @> ARRAY[CAST(:domain AS text)] ORDER BY customer_id")
                .param("distributor", distributor.value())
                .param("domain", domain)
                .query(EntitlementList::map)
                .list();
    }

    public Page page(DistributorId distributor, String search, Sort sort, int page, int size) {
        String text = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        String where = " WHERE distributor_id = :distributor AND (CAST(:text AS text) IS NULL"
                + " OR strpos(lower(company_name), :text) > 0 OR strpos(lower(customer_id), :text) > 0"
                + " OR EXISTS (SELECT 1 FROM unnest(domains) d WHERE strpos(d, :text) > 0))";
        long total = jdbc.sql("SELECT count(*) FROM entitlement" + where)
                .param("distributor", distributor.value())
                .param("text", text)
                .query(Long.class)
                .single();
        var entitlements = jdbc.sql("SELECT * FROM entitlement" + where + " ORDER BY " + sort.orderBy
                        + " LIMIT :size OFFSET :offset")
                .param("distributor", distributor.value())
                .param("text", text)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(EntitlementList::map)
                .list();
        return new Page(entitlements, total);
    }

    private static EntitlementView map(ResultSet row, int rowNumber) throws SQLException {
        Array domains = row.getArray("domains");
        return new EntitlementView(
                row.getObject("id", UUID.class),
                new DistributorId(row.getObject("distributor_id", UUID.class)),
                row.getString("customer_id"),
                row.getString("company_name"),
                row.getString("country"),
                Arrays.asList((String[]) domains.getArray()),
                row.getTimestamp("updated_at").toInstant());
    }
}
