package com.partnerportal.registration.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The vendor's own rules on email domains, which override the maintained lists (R3.2, R3.6). */
@Repository
public class DomainRules {

    public enum Kind {
        ALLOW,
        DENY,
        FLAG
    }

    public record Rule(String domain, Kind kind, String note, String createdBy, Instant createdAt) {}

    private final JdbcClient jdbc;

    public DomainRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Kind> ruleFor(String domain) {
        return jdbc.sql("SELECT kind FROM domain_rule WHERE domain = :domain")
                .param("domain", domain)
                .query(String.class)
                .optional()
                .map(Kind::valueOf);
    }

    public void put(String domain, Kind kind, String note, String by) {
        jdbc.sql("INSERT INTO domain_rule (domain, kind, note, created_by) VALUES (:domain, :kind, :note, :by)"
                        + " ON CONFLICT (domain) DO UPDATE SET kind = EXCLUDED.kind, note = EXCLUDED.note,"
                        + " created_by = EXCLUDED.created_by, created_at = now()")
                .param("domain", domain)
                .param("kind", kind.name())
                .param("note", note)
                .param("by", by)
                .update();
    }

    public boolean remove(String domain) {
        return jdbc.sql("DELETE FROM domain_rule WHERE domain = :domain")
                        .param("domain", domain)
                        .update()
                == 1;
    }

    public List<Rule> all() {
        return jdbc.sql("SELECT * FROM domain_rule ORDER BY domain")
                .query((row, n) -> new Rule(
                        row.getString("domain"),
                        Kind.valueOf(row.getString("kind")),
                        row.getString("note"),
                        row.getString("created_by"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
    }
}
