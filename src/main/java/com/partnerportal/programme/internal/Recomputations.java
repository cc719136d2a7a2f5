package com.partnerportal.programme.internal;

import com.partnerportal.shared.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendor-wide recomputations (R10.2): after criteria change, and every night. A run is a row that
 * any instance advances a batch at a time under the row's lock ({@code SKIP LOCKED}: an instance
 * never waits for another's batch), so the portal keeps serving and the admin page reads the
 * progress from the row. A new run supersedes one still going; a night has one run.
 */
@Service
public class Recomputations {

    public static final int BATCH = 1_000;

    /** How far a run has come. */
    public record Progress(
            UUID id,
            String cause,
            String startedBy,
            Instant startedAt,
            long total,
            long done,
            long changed,
            Instant finishedAt) {

        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        }

        public boolean running() {
            return finishedAt == null;
        }
    }

    private record Run(UUID id, UUID nextAfter) {}

    private final JdbcClient jdbc;
    private final Standings standings;
    private final LevelComputation computation;

    public Recomputations(JdbcClient jdbc, Standings standings, LevelComputation computation) {
        this.jdbc = jdbc;
        this.standings = standings;
        this.computation = computation;
    }

    @Transactional
    public UUID start(String cause, String actor) {
        jdbc.sql("UPDATE programme_recomputation SET finished_at = now() WHERE finished_at IS NULL")
                .update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO programme_recomputation (id, cause, started_by, total)
                        VALUES (:id, :cause, :by, (SELECT count(*) FROM company))
                        """).param("id", id).param("cause", cause).param("by", actor).update();
        return id;
    }

    /** The night's run, started by the first instance to ask; the others find it there. */
    @Transactional
    public boolean startNightly(LocalDate night) {
        return jdbc.sql("""
                        INSERT INTO programme_recomputation (id, cause, started_by, night, total)
                        SELECT :id, 'nightly', 'programme', :night, count(*) FROM company
                        ON CONFLICT (night) DO NOTHING
                        """)
                        .param("id", UUID.randomUUID())
                        .param("night", night)
                        .update()
                == 1;
    }

    /** Advances the oldest unfinished run by one batch; false when there was nothing to take. */
    @Transactional
    public boolean advance() {
        var run = jdbc.sql("""
                        SELECT id, next_after FROM programme_recomputation
                         WHERE finished_at IS NULL ORDER BY started_at LIMIT 1 FOR UPDATE SKIP LOCKED
                        """)
                .query((row, n) -> new Run(row.getObject("id", UUID.class), row.getObject("next_after", UUID.class)))
                .optional();
        if (run.isEmpty()) {
            return false;
        }
        UUID id = run.get().id();
        var batch = standings.companiesAfter(run.get().nextAfter(), BATCH);
        int changed = computation.recompute(batch, "programme");
        jdbc.sql("""
                        UPDATE programme_recomputation
                           SET done = done + :n, changed = changed + :changed, next_after = :last,
                               finished_at = CASE WHEN :n < :batch THEN now() END
                         WHERE id = :id
                        """)
                .param("n", batch.size())
                .param("changed", changed)
                .param("last", batch.isEmpty() ? null : batch.getLast().value())
                .param("batch", BATCH)
                .param("id", id)
                .update();
        return true;
    }

    public Optional<Progress> latest() {
        return jdbc.sql("SELECT * FROM programme_recomputation ORDER BY started_at DESC LIMIT 1")
                .query((row, n) -> progress(row))
                .optional();
    }

    private static Progress progress(ResultSet row) throws SQLException {
        return new Progress(
                row.getObject("id", UUID.class),
                row.getString("cause"),
                row.getString("started_by"),
                row.getTimestamp("started_at").toInstant(),
                row.getLong("total"),
                row.getLong("done"),
                row.getLong("changed"),
                Rows.instant(row, "finished_at"));
    }
}
