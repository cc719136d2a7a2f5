package com.partnerportal.webhooks.internal;

import com.partnerportal.partners.DistributorId;
import com.partnerportal.shared.Rows;
import com.partnerportal.shared.SecretCipher;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The endpoints, each read only through its owner (a distributor, or the vendor), and their sealed secrets. */
@Repository
class EndpointStore {

    private static final String COLUMNS = "id, distributor_id, url, description, event_types, active,"
            + " previous_secret_until, failing_since, disabled_at, created_by, created_at";
    private static final String OWNED = " distributor_id IS NOT DISTINCT FROM :distributor";

    /** An endpoint that failed for too long and was switched off just now. */
    record Disabled(UUID id, DistributorId distributor, String url, String createdBy, Instant failingSince) {}

    private final JdbcClient jdbc;
    private final SecretCipher cipher;

    EndpointStore(JdbcClient jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void add(UUID id, Owner owner, EndpointForm form, byte[] secret, String actor) {
        jdbc.sql(
                        "INSERT INTO webhook_endpoint (id, distributor_id, url, description, event_types, active, secret,"
                                + " created_by) VALUES (:id, :distributor, :url, :description, :events, :active, :secret, :actor)")
                .param("id", id)
                .param("distributor", distributor(owner))
                .param("url", form.url())
                .param("description", form.description() == null ? "" : form.description())
                .param("events", eventNames(form))
                .param("active", form.active())
                .param("secret", cipher.encrypt(secret))
                .param("actor", actor)
                .update();
    }

    /** Turning an endpoint back on forgets how long it had been failing. */
    boolean update(Owner owner, UUID id, EndpointForm form) {
        return jdbc.sql("UPDATE webhook_endpoint SET url = :url, description = :description, event_types = :events,"
                                + " active = :active, failing_since = CASE WHEN :active AND NOT active THEN NULL"
                                + " ELSE failing_since END, disabled_at = CASE WHEN :active THEN NULL ELSE"
                                + " disabled_at END WHERE id = :id AND" + OWNED)
                        .param("url", form.url())
                        .param("description", form.description() == null ? "" : form.description())
                        .param("events", eventNames(form))
                        .param("active", form.active())
                        .param("id", id)
                        .param("distributor", distributor(owner))
                        .update()
                == 1;
    }

    /** The current secret becomes the previous one, signing too until {@code overlap} ends. */
    boolean rotate(Owner owner, UUID id, byte[] newSecret, Duration overlap) {
        return jdbc.sql("UPDATE webhook_endpoint SET previous_secret = secret, secret = :secret,"
                                + " previous_secret_until = now() + :overlap * interval '1 millisecond'"
                                + " WHERE id = :id AND" + OWNED)
                        .param("secret", cipher.encrypt(newSecret))
                        .param("overlap", overlap.toMillis())
                        .param("id", id)
                        .param("distributor", distributor(owner))
                        .update()
                == 1;
    }

    boolean delete(Owner owner, UUID id) {
        return jdbc.sql("DELETE FROM webhook_endpoint WHERE id = :id AND" + OWNED)
                        .param("id", id)
                        .param("distributor", distributor(owner))
                        .update()
                == 1;
    }

    Optional<Endpoint> find(Owner owner, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = :id AND" + OWNED)
                .param("id", id)
                .param("distributor", distributor(owner))
                .query(EndpointStore::map)
                .optional();
    }

    List<Endpoint> of(Owner owner) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE" + OWNED + " ORDER BY created_at, id")
                .param("distributor", distributor(owner))
                .query(EndpointStore::map)
                .list();
    }

    void recordSuccess(UUID id) {
        jdbc.sql("UPDATE webhook_endpoint SET failing_since = NULL WHERE id = :id AND failing_since IS NOT NULL")
                .param("id", id)
                .update();
    }

    void recordFailure(UUID id) {
        jdbc.sql("UPDATE webhook_endpoint SET failing_since = now() WHERE id = :id AND failing_since IS NULL")
                .param("id", id)
                .update();
    }

    /** Switches off, once whichever instance runs it, each active endpoint failing since before {@code after}. */
    List<Disabled> disableFailingFor(Duration after) {
        return jdbc.sql("UPDATE webhook_endpoint SET active = false, disabled_at = now() WHERE active AND"
                        + " failing_since < now() - :after * interval '1 millisecond'"
                        + " RETURNING id, distributor_id, url, created_by, failing_since")
                .param("after", after.toMillis())
                .query((row, n) -> new Disabled(
                        row.getObject("id", UUID.class),
                        distributorId(row.getObject("distributor_id", UUID.class)),
                        row.getString("url"),
                        row.getString("created_by"),
                        row.getTimestamp("failing_since").toInstant()))
                .list();
    }

    private static UUID distributor(Owner owner) {
        return owner.vendor() ? null : owner.id().value();
    }

    private static DistributorId distributorId(UUID value) {
        return value == null ? null : new DistributorId(value);
    }

    private static String[] eventNames(EndpointForm form) {
        return form.events().stream().map(EventType::wireName).toArray(String[]::new);
    }

    private static Endpoint map(ResultSet row, int rowNumber) throws SQLException {
        Array names = row.getArray("event_types");
        var events = EnumSet.noneOf(EventType.class);
        Arrays.stream((String[]) names.getArray())
                .map(EventType::ofWireName)
                .flatMap(Optional::stream)
                .forEach(events::add);
        return new Endpoint(
                row.getObject("id", UUID.class),
                distributorId(row.getObject("distributor_id", UUID.class)),
                row.getString("url"),
                row.getString("description"),
                events,
                row.getBoolean("active"),
                Rows.instant(row, "previous_secret_until"),
                Rows.instant(row, "failing_since"),
                Rows.instant(row, "disabled_at"),
                row.getString("created_by"),
                Rows.instant(row, "created_at"));
    }
}
