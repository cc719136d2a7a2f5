package com.partnerportal.partners.internal;

import com.partnerportal.partners.AssociationPage;
import com.partnerportal.partners.AssociationView;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.shared.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The association table: at most one current row per company, every ended one kept (R2.3). */
@Repository
public class Associations {

    private static final String SELECT = "SELECT a.*, c.name AS company_name, d.name AS distributor_name"
            + " FROM distributor_association a JOIN company c ON c.id = a.company_id"
            + " JOIN distributor d ON d.id = a.distributor_id";

    private final JdbcClient jdbc;

    public Associations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AssociationView> current(CompanyId company) {
        return jdbc.sql(SELECT + " WHERE a.company_id = :company AND a.ended_at IS NULL")
                .param("company", company.value())
                .query(Associations::map)
                .optional();
    }

    /**
     * Starts an association unless the company already has a current one: the database decides, so
     * concurrent callers on any instances cannot give a company two distributors.
     */
    public boolean start(CompanyId company, DistributorId distributor, String customerId, String by) {
        return jdbc.sql("INSERT INTO distributor_association (id, company_id, distributor_id, customer_id, started_by)"
                                + " VALUES (:id, :company, :distributor, :customerId, :by)"
                                + " ON CONFLICT (company_id) WHERE ended_at IS NULL DO NOTHING")
                        .param("id", UUID.randomUUID())
                        .param("company", company.value())
                        .param("distributor", distributor.value())
                        .param("customerId", customerId)
                        .param("by", by)
                        .update()
                == 1;
    }

    /** Ends the current association of the company with this distributor; false when there is none. */
    public boolean end(CompanyId company, DistributorId distributor, String by, String reason) {
        return jdbc.sql("UPDATE distributor_association SET ended_at = :now, ended_by = :by, end_reason = :reason"
                                + " WHERE company_id = :company AND distributor_id = :distributor AND ended_at IS NULL")
                        .param("now", Timestamp.from(java.time.Instant.now()))
                        .param("by", by)
                        .param("reason", reason)
                        .param("company", company.value())
                        .param("distributor", distributor.value())
                        .update()
                == 1;
    }

    public List<AssociationView> history(CompanyId company) {
        return jdbc.sql(SELECT + " WHERE a.company_id = :company ORDER BY a.started_at DESC")
                .param("company", company.value())
                .query(Associations::map)
                .list();
    }

    public AssociationPage currentOf(DistributorId distributor, String search, int page, int size) {
        String text = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        String where = " WHERE a.distributor_id = :distributor AND a.ended_at IS NULL"
                + " AND (CAST(:text AS text) IS NULL OR strpos(lower(c.name), :text) > 0"
                + " OR EXISTS (SELECT 1 FROM company_domain cd WHERE cd.company_id = c.id AND strpos(cd.domain, :text) > 0))";
        long total = jdbc.sql(
                        "SELECT count(*) FROM distributor_association a JOIN company c ON c.id = a.company_id" + where)
                .param("distributor", distributor.value())
                .param("text", text)
                .query(Long.class)
                .single();
        var rows = jdbc.sql(SELECT + where + " ORDER BY lower(c.name) LIMIT :size OFFSET :offset")
                .param("distributor", distributor.value())
                .param("text", text)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(Associations::map)
                .list();
        return new AssociationPage(rows, total);
    }

    private static AssociationView map(ResultSet row, int rowNumber) throws SQLException {
        return new AssociationView(
                row.getObject("id", UUID.class),
                new CompanyId(row.getObject("company_id", UUID.class)),
                row.getString("company_name"),
                new DistributorId(row.getObject("distributor_id", UUID.class)),
                row.getString("distributor_name"),
                row.getString("customer_id"),
                row.getTimestamp("started_at").toInstant(),
                row.getString("started_by"),
                Rows.instant(row, "ended_at"),
                row.getString("ended_by"),
                row.getString("end_reason"));
    }
}
