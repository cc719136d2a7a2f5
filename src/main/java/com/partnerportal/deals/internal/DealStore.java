package com.partnerportal.deals.internal;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.shared.Keyset;
import com.partnerportal.shared.Rows;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Deal registrations in PostgreSQL (R9): rows, their products, the approvals' claims and the history. */
@Repository
public class DealStore {

    private static final String SELECT = """
            SELECT r.*, array(SELECT p.product_id FROM deal_registration_product p WHERE p.deal_id = r.id) AS products
              FROM deal_registration r
            """;

    /** How alike two names' keys must be, by trigrams, to name the same customer in one country (R9.2). */
    static final double NAME_SIMILARITY = 0.5;

    private final JdbcClient jdbc;

    public DealStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(DealRegistration deal) {
        what(
                        deal,
                        jdbc.sql("""
                INSERT INTO deal_registration (id, company_id, distributor_id, registered_by, status, customer_name,
                       customer_name_key, customer_country, customer_website, customer_domain, contact_name,
                       contact_email, contact_domain, contact_job_title, customer_key, currency, estimated_value,
                       expected_close, notes, product_ids)
                VALUES (:id, :company, :distributor, :by, :status, :name, :nameKey, :country, :website, :domain,
                        :contactName, :contactEmail, :contactDomain, :jobTitle, :key, :currency, :value, :close, :notes,
                        :productIds)
                """)
                                .param("id", deal.id())
                                .param("company", deal.companyId().value())
                                .param("distributor", deal.distributorId().value())
                                .param("by", deal.registeredBy())
                                .param("status", deal.status().name()))
                .update();
        insertProducts(deal);
    }

    /** What the registration says of the customer, the contact and the opportunity, as statement parameters. */
    private static JdbcClient.StatementSpec what(DealRegistration deal, JdbcClient.StatementSpec statement) {
        return statement
                .param("name", deal.customer().name())
                .param("nameKey", deal.customer().nameKey())
                .param("country", deal.customer().country())
                .param("website", deal.customer().website())
                .param("domain", deal.customer().domain())
                .param("contactName", deal.contact().name())
                .param("contactEmail", deal.contact().email())
                .param("contactDomain", deal.contact().domain())
                .param("jobTitle", deal.contact().jobTitle())
                .param("key", deal.customer().key())
                .param("currency", deal.estimate().currency())
                .param("value", deal.estimate().value())
                .param("close", deal.estimate().expectedClose())
                .param("notes", deal.notes())
                .param("productIds", deal.products().stream().sorted().toArray(UUID[]::new));
    }

    private void insertProducts(DealRegistration deal) {
        jdbc.sql("""
                INSERT INTO deal_registration_product (deal_id, product_id)
                SELECT :d, p FROM unnest(CAST(:products AS uuid[])) AS p
                """)
                .param("d", deal.id())
                .param("products", deal.products().toArray(UUID[]::new))
                .update();
    }

    /** The registration, its row locked until the transaction ends: its changes queue behind each other. */
    public Optional<DealRegistration> lock(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id FOR UPDATE OF r")
                .param("id", id)
                .query(DealStore::registration)
                .optional();
    }

    public Optional<DealRegistration> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id")
                .param("id", id)
                .query(DealStore::registration)
                .optional();
    }

    /** Writes a transition over the status it was read with, and its line of history. */
    public void moved(DealRegistration from, DealRegistration to, String actor, String reason) {
        jdbc.sql("""
                UPDATE deal_registration
                   SET status = :to, submitted_at = :submitted, approved_at = :approved, expires_at = :expires,
                       won_value = :wonValue, won_on = :wonOn, updated_at = now()
                 WHERE id = :id AND status = :from
                """)
                .param("to", to.status().name())
                .param("submitted", timestamp(to.submittedAt()))
                .param("approved", timestamp(to.approvedAt()))
                .param("expires", timestamp(to.expiresAt()))
                .param("wonValue", to.won() == null ? null : to.won().value())
                .param("wonOn", to.won() == null ? null : to.won().on())
                .param("id", to.id())
                .param("from", from.status().name())
                .update();
        jdbc.sql("""
                INSERT INTO deal_history (id, deal_id, actor, from_status, to_status, reason)
                VALUES (:id, :deal, :actor, :from, :to, :reason)
                """)
                .param("id", UUID.randomUUID())
                .param("deal", to.id())
                .param("actor", actor)
                .param("from", from.status().name())
                .param("to", to.status().name())
                .param("reason", reason)
                .update();
    }

    /**
     * Claims the customer for each of the registration's products (R9.4). The claim's primary key
     * decides between approvals running at once on any instance: a second one waits for the first
     * to commit, then finds the key taken.
     *
     * @return the products another approved registration already holds for this customer, empty when all were claimed
     */
    public List<UUID> claim(DealRegistration deal) {
        var claimed = jdbc.sql("""
                INSERT INTO deal_claim (customer_key, product_id, deal_id)
                SELECT :key, p.product_id, :deal FROM deal_registration_product p WHERE p.deal_id = :deal
                 ORDER BY p.product_id
                ON CONFLICT (customer_key, product_id) DO NOTHING
                RETURNING product_id
                """)
                .param("key", deal.customer().key())
                .param("deal", deal.id())
                .query(UUID.class)
                .list();
        var held = new HashSet<>(deal.products());
        claimed.forEach(held::remove);
        return List.copyOf(held);
    }

    /** The approved registration that holds one of these products for the customer, if any. */
    public Optional<UUID> holder(String customerKey, List<UUID> products) {
        return jdbc.sql("SELECT deal_id FROM deal_claim WHERE customer_key = :key AND product_id = ANY(:products)"
                        + " LIMIT 1")
                .param("key", customerKey)
                .param("products", products.toArray(UUID[]::new))
                .query(UUID.class)
                .optional();
    }

    public void release(UUID deal) {
        jdbc.sql("DELETE FROM deal_claim WHERE deal_id = :deal")
                .param("deal", deal)
                .update();
    }

    /** A registration as lists show it: who registered it, for whom, what it is worth, where it is. */
    public record Summary(
            UUID id,
            long number,
            UUID companyId,
            UUID distributorId,
            String customerName,
            String customerCountry,
            DealStatus status,
            String currency,
            java.math.BigDecimal estimatedValue,
            Instant submittedAt,
            Instant expiresAt,
            Instant updatedAt) {}

    /** Another active registration of the same customer sharing a product (R9.2), as reviewers see it. */
    public record Conflict(Summary other, List<String> sharedProducts, boolean sameDomain) {}

    public record Product(UUID id, String name) {}

    public record Change(Instant at, String actor, DealStatus from, DealStatus to, String reason) {}

    private static final String SUMMARY = """
            SELECT r.id, r.number, r.company_id, r.distributor_id, r.customer_name, r.customer_country, r.status,
                   r.currency, r.estimated_value, r.submitted_at, r.expires_at, r.updated_at
              FROM deal_registration r
            """;

    /**
     * R9.2: the active registrations (approved ones until they expire) that share a product with
     * this one and name the same customer: its registrable domain, by website or by contact, or a
     * name similar by trigrams in the same country. Served by the partial domain indexes and the
     * GIN index of active rows by country, products and name trigrams.
     */
    @Transactional(readOnly = true)
    public List<Conflict> conflicts(DealRegistration deal) {
        // The trigram index answers % at the session's threshold (0.3 by default): at the rule's
        // own 0.5 it hands over the similar names only, not every name sharing a syllable.
        jdbc.sql("SELECT set_config('pg_trgm.similarity_threshold', :threshold, true)")
                .param("threshold", String.valueOf(NAME_SIMILARITY))
                .query(String.class)
                .single();
        return jdbc.sql(SUMMARY.replace("FROM deal_registration r", """
                       , array(SELECT p.name FROM deal_registration_product x JOIN deal_product p ON p.id = x.product_id
                                WHERE x.deal_id = r.id AND x.product_id = ANY(:products) ORDER BY p.name) AS shared,
                       (r.customer_domain IN (:domain, :contactDomain) OR r.contact_domain IN (:domain, :contactDomain))
                           AS same_domain
                  FROM deal_registration r
                """) + """
                 WHERE r.id <> :id
                   AND r.status IN ('SUBMITTED', 'DISTRIBUTOR_REVIEW', 'VENDOR_REVIEW', 'MORE_INFO_REQUESTED', 'APPROVED')
                   AND (r.status <> 'APPROVED' OR r.expires_at > now())
                   AND r.product_ids && CAST(:products AS uuid[])
                   AND (r.customer_domain IN (:domain, :contactDomain) OR r.contact_domain IN (:domain, :contactDomain)
                        OR (r.customer_country = :country AND r.product_ids && CAST(:products AS uuid[])
                            AND r.customer_name_key % :nameKey
                            AND similarity(r.customer_name_key, :nameKey) >= :similarity))
                 ORDER BY r.submitted_at NULLS LAST
                 LIMIT 50
                """)
                .param("id", deal.id())
                .param("products", deal.products().toArray(UUID[]::new))
                .param(
                        "domain",
                        deal.customer().domain() == null ? "" : deal.customer().domain())
                .param("contactDomain", deal.contact().domain())
                .param("country", deal.customer().country())
                .param("nameKey", deal.customer().nameKey())
                .param("similarity", NAME_SIMILARITY)
                .query((row, n) -> new Conflict(
                        summary(row, n),
                        Arrays.asList((String[]) row.getArray("shared").getArray()),
                        row.getBoolean("same_domain")))
                .list();
    }

    /**
     * What a list keeps (R9.3): a status, partners whose name contains a text, a least value (in
     * any currency), submitted more than some days ago, conflicting with another active
     * registration; null (or false) keeps all.
     */
    public record Criteria(
            DealStatus status, String partner, BigDecimal minimumValue, Integer olderThanDays, boolean conflictsOnly) {

        public static Criteria status(DealStatus status) {
            return new Criteria(status, null, null, null, false);
        }
    }

    /**
     * A page of the registrations in a scope, newest change first: a company's, a distributor's, or all
     * (both null), after {@code after} (null: the first page).
     */
    public Keyset.Page<Summary> list(UUID companyId, UUID distributorId, Criteria criteria, Keyset after, int size) {
        var rows = jdbc.sql(SUMMARY + """
                 WHERE (CAST(:company AS uuid) IS NULL OR r.company_id = :company)
                   AND (CAST(:distributor AS uuid) IS NULL OR r.distributor_id = :distributor)
                   AND (CAST(:status AS text) IS NULL OR r.status = :status)
                   AND (CAST(:partner AS text) IS NULL
                        OR r.company_id IN (SELECT c.id FROM company c WHERE strpos(lower(c.name), lower(:partner)) > 0))
                   AND (CAST(:value AS numeric) IS NULL OR r.estimated_value >= :value)
                   AND (CAST(:days AS integer) IS NULL OR r.submitted_at <= now() - :days * interval '1 day')
                   AND (NOT :conflicts OR (r.status <> 'DRAFT' AND EXISTS (
                        SELECT 1 FROM deal_registration o
                         WHERE o.id <> r.id
                           AND o.status IN ('SUBMITTED', 'DISTRIBUTOR_REVIEW', 'VENDOR_REVIEW', 'MORE_INFO_REQUESTED',
                                            'APPROVED')
                           AND (o.status <> 'APPROVED' OR o.expires_at > now())
                           AND (o.customer_domain IN (r.customer_domain, r.contact_domain)
                                OR o.contact_domain IN (r.customer_domain, r.contact_domain)
                                OR (o.customer_country = r.customer_country AND o.customer_name_key % r.customer_name_key
                                    AND similarity(o.customer_name_key, r.customer_name_key) >= 0.5))
                           AND EXISTS (SELECT 1 FROM deal_registration_product a
                                         JOIN deal_registration_product b ON b.product_id = a.product_id
                                        WHERE a.deal_id = r.id AND b.deal_id = o.id))))
                   AND (CAST(:afterAt AS timestamptz) IS NULL OR (r.updated_at, r.id) < (:afterAt, :afterId))
                 ORDER BY r.updated_at DESC, r.id DESC
                 LIMIT :size
                """)
                .param("company", companyId)
                .param("distributor", distributorId)
                .param(
                        "status",
                        criteria.status() == null ? null : criteria.status().name())
                .param("partner", criteria.partner())
                .param("value", criteria.minimumValue())
                .param("days", criteria.olderThanDays())
                .param("conflicts", criteria.conflictsOnly())
                .param("afterAt", after == null ? null : after.atUtc())
                .param("afterId", after == null ? null : after.id())
                .param("size", size + 1)
                .query(DealStore::summary)
                .list();
        return Keyset.page(rows, size, row -> new Keyset(row.updatedAt(), row.id()));
    }

    public List<Change> history(UUID deal) {
        return jdbc.sql(
                        "SELECT at, actor, from_status, to_status, reason FROM deal_history WHERE deal_id = :d ORDER BY at")
                .param("d", deal)
                .query((row, n) -> new Change(
                        row.getTimestamp("at").toInstant(),
                        row.getString("actor"),
                        row.getString("from_status") == null ? null : DealStatus.valueOf(row.getString("from_status")),
                        DealStatus.valueOf(row.getString("to_status")),
                        row.getString("reason")))
                .list();
    }

    public List<Product> products() {
        return jdbc.sql("SELECT id, name FROM deal_product WHERE active ORDER BY name")
                .query((row, n) -> new Product(row.getObject("id", UUID.class), row.getString("name")))
                .list();
    }

    /** The names of a registration's products, retired ones included. */
    public List<String> productNames(DealRegistration deal) {
        return jdbc.sql("SELECT name FROM deal_product WHERE id = ANY(:ids) ORDER BY name")
                .param("ids", deal.products().toArray(UUID[]::new))
                .query(String.class)
                .list();
    }

    public UUID addProduct(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO deal_product (id, name) VALUES (:id, :name) ON CONFLICT (name) DO NOTHING")
                .param("id", id)
                .param("name", name)
                .update();
        return jdbc.sql("SELECT id FROM deal_product WHERE name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    /** Writes what the registrant changed (R9.3) and a line of history. */
    public void revised(DealRegistration deal, String actor) {
        what(deal, jdbc.sql("""
                UPDATE deal_registration
                   SET customer_name = :name, customer_name_key = :nameKey, customer_country = :country,
                       customer_website = :website, customer_domain = :domain, contact_name = :contactName,
                       contact_email = :contactEmail, contact_domain = :contactDomain, contact_job_title = :jobTitle,
                       customer_key = :key, currency = :currency, estimated_value = :value, expected_close = :close,
                       notes = :notes, product_ids = :productIds, updated_at = now()
                 WHERE id = :id
                """).param("id", deal.id())).update();
        jdbc.sql("DELETE FROM deal_registration_product WHERE deal_id = :d")
                .param("d", deal.id())
                .update();
        insertProducts(deal);
        jdbc.sql("""
                INSERT INTO deal_history (id, deal_id, actor, from_status, to_status, reason)
                VALUES (:id, :deal, :actor, :status, :status, NULL)
                """)
                .param("id", UUID.randomUUID())
                .param("deal", deal.id())
                .param("actor", actor)
                .param("status", deal.status().name())
                .update();
    }

    /** Whether the vendor's rule approves registrations without conflict once the distributor did (R9.3). */
    public boolean autoApproves() {
        return jdbc.sql("SELECT auto_approve FROM deal_rules")
                .query(Boolean.class)
                .single();
    }

    /** Writes the creation in the history, as the first line. */
    public void created(DealRegistration deal, String actor) {
        jdbc.sql("INSERT INTO deal_history (id, deal_id, actor, to_status) VALUES (:id, :deal, :actor, :to)")
                .param("id", UUID.randomUUID())
                .param("deal", deal.id())
                .param("actor", actor)
                .param("to", deal.status().name())
                .update();
    }

    private static Summary summary(ResultSet row, int n) throws SQLException {
        return new Summary(
                row.getObject("id", UUID.class),
                row.getLong("number"),
                row.getObject("company_id", UUID.class),
                row.getObject("distributor_id", UUID.class),
                row.getString("customer_name"),
                row.getString("customer_country"),
                DealStatus.valueOf(row.getString("status")),
                row.getString("currency"),
                row.getBigDecimal("estimated_value"),
                Rows.instant(row, "submitted_at"),
                Rows.instant(row, "expires_at"),
                Rows.instant(row, "updated_at"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static DealRegistration registration(ResultSet row, int n) throws SQLException {
        return new DealRegistration(
                row.getObject("id", UUID.class),
                new CompanyId(row.getObject("company_id", UUID.class)),
                new DistributorId(row.getObject("distributor_id", UUID.class)),
                row.getString("registered_by"),
                DealStatus.valueOf(row.getString("status")),
                new DealRegistration.Customer(
                        row.getString("customer_name"),
                        row.getString("customer_name_key"),
                        row.getString("customer_country"),
                        row.getString("customer_website"),
                        row.getString("customer_domain")),
                new DealRegistration.Contact(
                        row.getString("contact_name"),
                        row.getString("contact_email"),
                        row.getString("contact_domain"),
                        row.getString("contact_job_title")),
                new HashSet<>(Arrays.asList((UUID[]) row.getArray("products").getArray())),
                new DealRegistration.Estimate(
                        row.getString("currency"),
                        row.getBigDecimal("estimated_value"),
                        row.getObject("expected_close", java.time.LocalDate.class)),
                row.getString("notes"),
                Rows.instant(row, "submitted_at"),
                Rows.instant(row, "approved_at"),
                Rows.instant(row, "expires_at"),
                row.getBigDecimal("won_value") == null
                        ? null
                        : new DealRegistration.Won(
                                row.getBigDecimal("won_value"), row.getObject("won_on", java.time.LocalDate.class)));
    }
}
