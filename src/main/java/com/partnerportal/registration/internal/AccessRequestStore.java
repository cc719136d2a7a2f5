package com.partnerportal.registration.internal;

import com.partnerportal.shared.Keyset;
import com.partnerportal.shared.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The access_request table and each request's history. */
@Repository
public class AccessRequestStore {

    public record HistoryEntry(Instant occurredAt, String actor, String what, String details) {}

    private final JdbcClient jdbc;

    public AccessRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises everything about one address across instances until the transaction ends. */
    public void lockAddress(String email) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('access-request:' || :email))")
                .param("email", email)
                .query()
                .singleRow();
    }

    public void insert(AccessRequest request) {
        jdbc.sql("INSERT INTO access_request (id, distributor_id, email, domain, language, first_name, last_name,"
                        + " job_title, phone, company_name, country, chosen_company_id, none_of_these, status, route,"
                        + " reason_code, reason_text, company_id, account_id, decided_by, decided_at) VALUES (:id,"
                        + " :distributor, :email, :domain, :language, :first, :last, :job, :phone, :companyName,"
                        + " :country, :chosen, :none, :status, :route, :reason, :reasonText, :company, :account,"
                        + " :decidedBy, :decidedAt)")
                .param("id", request.id())
                .param("distributor", request.distributorId())
                .param("email", request.email())
                .param("domain", request.domain())
                .param("language", request.language())
                .param("first", request.firstName())
                .param("last", request.lastName())
                .param("job", request.jobTitle())
                .param("phone", request.phone())
                .param("companyName", request.companyName())
                .param("country", request.country())
                .param("chosen", request.chosenCompanyId())
                .param("none", request.noneOfThese())
                .param("status", request.status().name())
                .param("route", request.route() == null ? null : request.route().name())
                .param("reason", request.reason().name())
                .param("reasonText", request.reason().text)
                .param("company", request.companyId())
                .param("account", request.accountId())
                .param("decidedBy", request.decidedBy())
                .param("decidedAt", request.decidedAt() == null ? null : Timestamp.from(request.decidedAt()))
                .update();
    }

    /** Records a reviewer's decision, only if the request is still open: two reviewers cannot both decide. */
    public boolean decide(UUID id, Decision decision, UUID companyId, UUID accountId, String by) {
        return jdbc.sql("UPDATE access_request SET status = :status, route = NULL, reason_code = :reason,"
                                + " reason_text = :reasonText, company_id = :company, account_id = :account,"
                                + " decided_by = :by, decided_at = now(), version = version + 1"
                                + " WHERE id = :id AND status = 'UNDER_REVIEW'")
                        .param("status", decision.status().name())
                        .param("reason", decision.reason().name())
                        .param("reasonText", decision.reason().text)
                        .param("company", companyId)
                        .param("account", accountId)
                        .param("by", by)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Hands an open request to the vendor's queue, only if it is still open. */
    public boolean sendToVendor(UUID id, Reason reason) {
        return jdbc.sql("UPDATE access_request SET route = 'VENDOR', reason_code = :reason, reason_text = :reasonText,"
                                + " version = version + 1 WHERE id = :id AND status = 'UNDER_REVIEW'")
                        .param("reason", reason.name())
                        .param("reasonText", reason.text)
                        .param("id", id)
                        .update()
                == 1;
    }

    public void log(UUID request, String actor, String what, String details) {
        jdbc.sql(
                        "INSERT INTO access_request_event (request_id, actor, what, details) VALUES (:id, :actor, :what, :details)")
                .param("id", request)
                .param("actor", actor)
                .param("what", what)
                .param("details", details)
                .update();
    }

    public List<HistoryEntry> history(UUID request) {
        return jdbc.sql("SELECT * FROM access_request_event WHERE request_id = :id ORDER BY occurred_at, id")
                .param("id", request)
                .query((row, n) -> new HistoryEntry(
                        row.getTimestamp("occurred_at").toInstant(),
                        row.getString("actor"),
                        row.getString("what"),
                        row.getString("details")))
                .list();
    }

    public Optional<AccessRequest> find(UUID id) {
        return jdbc.sql("SELECT * FROM access_request WHERE id = :id")
                .param("id", id)
                .query(AccessRequestStore::map)
                .optional();
    }

    public boolean openFor(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_request WHERE email = :email AND status = 'UNDER_REVIEW')")
                .param("email", email)
                .query(Boolean.class)
                .single();
    }

    /**
     * A page of the open requests routed to a distributor (its reviewers) or to the vendor (null route:
     * all open ones), oldest first, after {@code after} (null: the first page).
     */
    public Keyset.Page<AccessRequest> queue(Decision.Route route, UUID distributorId, Keyset after, int size) {
        var rows = jdbc.sql("SELECT * FROM access_request WHERE status = 'UNDER_REVIEW'"
                        + " AND (CAST(:route AS text) IS NULL OR route = :route)"
                        + " AND (CAST(:distributor AS uuid) IS NULL OR distributor_id = :distributor)"
                        + (after == null ? "" : " AND (created_at, id) > (:afterAt, :afterId)")
                        + " ORDER BY created_at, id LIMIT :size")
                .param("route", route == null ? null : route.name())
                .param("distributor", distributorId)
                .param("afterAt", after == null ? null : after.atUtc())
                .param("afterId", after == null ? null : after.id())
                .param("size", size + 1)
                .query(AccessRequestStore::map)
                .list();
        return Keyset.page(rows, size, request -> new Keyset(request.createdAt(), request.id()));
    }

    private static AccessRequest map(ResultSet row, int rowNumber) throws SQLException {
        String route = row.getString("route");
        return new AccessRequest(
                row.getObject("id", UUID.class),
                row.getObject("distributor_id", UUID.class),
                row.getString("email"),
                row.getString("domain"),
                row.getString("language"),
                row.getString("first_name"),
                row.getString("last_name"),
                row.getString("job_title"),
                row.getString("phone"),
                row.getString("company_name"),
                row.getString("country"),
                row.getObject("chosen_company_id", UUID.class),
                row.getBoolean("none_of_these"),
                Decision.Status.valueOf(row.getString("status")),
                route == null ? null : Decision.Route.valueOf(route),
                Reason.valueOf(row.getString("reason_code")),
                row.getObject("company_id", UUID.class),
                row.getObject("account_id", UUID.class),
                row.getString("decided_by"),
                Rows.instant(row, "decided_at"),
                row.getTimestamp("created_at").toInstant());
    }
}
