package com.partnerportal.home;

import com.partnerportal.home.StartPage.CourseInProgress;
import com.partnerportal.home.StartPage.NewResource;
import com.partnerportal.home.StartPage.OpenRequest;
import com.partnerportal.home.StartPage.Queue;
import com.partnerportal.home.StartPage.University;
import com.partnerportal.home.StartPage.Waiting;
import com.partnerportal.shared.PortalPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The start page's figures: four queries for a partner, two for a reviewer, whatever the size of
 * the portal (each a handful of rows by an index). What a partner may see follows the modules'
 * rules: technical courses only while holding a technical seat (R5.2), requests of their own (R7.1),
 * access requests of the reviewer's distributor, or the vendor's queue for a vendor admin (R3.8).
 */
@Repository
class StartPages {

    /** "New" in the catalogue: published within this many days. */
    static final int NEW_FOR_DAYS = 30;

    private static final int SHOWN = 3;

    private final JdbcClient jdbc;
    private final Clock clock;

    StartPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    @Transactional(readOnly = true)
    Optional<StartPage> of(PortalPrincipal user) {
        if (user.isVendorAdmin() || user.distributorId() != null) {
            return Optional.of(reviewer(user));
        }
        if (user.companyId() != null && user.userId() != null) {
            return Optional.of(partner(user.userId(), user.companyId()));
        }
        return Optional.empty();
    }

    private StartPage.Partner partner(UUID account, UUID company) {
        var university = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM university_launch WHERE account_id = :a) AS launched,
                               (SELECT seat_no FROM technical_seat WHERE account_id = :a) AS seat_no,
                               c.technical_seat_limit,
                               (SELECT count(*) FROM technical_seat WHERE company_id = :c) AS seats_used,
                               (SELECT count(*) FROM certificate WHERE account_id = :a) AS certificates
                          FROM company c WHERE c.id = :c
                        """)
                .param("a", account)
                .param("c", company)
                .query((row, n) -> new University(
                        row.getBoolean("launched"),
                        (Integer) row.getObject("seat_no"),
                        row.getInt("technical_seat_limit"),
                        row.getLong("seats_used"),
                        row.getLong("certificates")))
                .optional()
                .orElse(new University(false, null, 0, 0, 0));
        var courses = jdbc.sql("""
                        SELECT c.slug, c.title_en, c.title_fr,
                               (SELECT count(*) FROM lesson l JOIN lesson_done d ON d.lesson_id = l.id
                                 WHERE l.course_id = c.id AND d.account_id = :a) AS done,
                               (SELECT count(*) FROM lesson l WHERE l.course_id = c.id) AS lessons
                          FROM enrolment e JOIN course c ON c.id = e.course_id
                         WHERE e.account_id = :a AND e.completed_at IS NULL AND c.status = 'PUBLISHED'
                           AND (c.track <> 'TECHNICAL' OR :seat)
                         ORDER BY e.enrolled_at DESC LIMIT :shown
                        """)
                .param("a", account)
                .param("seat", university.holdsSeat())
                .param("shown", SHOWN)
                .query((row, n) -> new CourseInProgress(
                        row.getString("slug"),
                        row.getString("title_en"),
                        row.getString("title_fr"),
                        row.getInt("done"),
                        row.getInt("lessons")))
                .list();
        LocalDate since = LocalDate.now(clock).minusDays(NEW_FOR_DAYS);
        var resources = jdbc.sql("""
                        SELECT id, title, type, published_on, count(*) OVER () AS total
                          FROM resource WHERE status = 'PUBLISHED' AND published_on >= :since
                         ORDER BY published_on DESC, created_at DESC, id LIMIT :shown
                        """)
                .param("since", since)
                .param("shown", SHOWN)
                .query((row, n) -> new Counted<>(
                        new NewResource(
                                row.getObject("id", UUID.class),
                                row.getString("title"),
                                row.getString("type"),
                                row.getObject("published_on", LocalDate.class)),
                        row.getLong("total")))
                .list();
        var requests = jdbc.sql("""
                        SELECT id, number, subject, status, count(*) OVER () AS total
                          FROM support_request
                         WHERE requester_account_id = :a AND status IN ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REQUESTER')
                         ORDER BY updated_at DESC LIMIT :shown
                        """)
                .param("a", account)
                .param("shown", SHOWN)
                .query((row, n) -> new Counted<>(
                        new OpenRequest(
                                row.getObject("id", UUID.class),
                                row.getLong("number"),
                                row.getString("subject"),
                                row.getString("status")),
                        row.getLong("total")))
                .list();
        return new StartPage.Partner(
                university,
                courses,
                Counted.total(resources),
                Counted.rows(resources),
                Counted.total(requests),
                Counted.rows(requests));
    }

    private StartPage.Reviewer reviewer(PortalPrincipal user) {
        boolean vendor = user.isVendorAdmin();
        String scope = vendor ? "r.route = 'VENDOR'" : "r.route = 'DISTRIBUTOR' AND r.distributor_id = :d";
        var waiting = jdbc.sql("SELECT r.id, r.email, coalesce(c.name, r.company_name) AS company, r.created_at,"
                        + " count(*) OVER () AS total"
                        + " FROM access_request r LEFT JOIN company c ON c.id = r.chosen_company_id"
                        + " WHERE r.status = 'UNDER_REVIEW' AND " + scope
                        + " ORDER BY r.created_at, r.id LIMIT :shown")
                .param("d", user.distributorId())
                .param("shown", SHOWN)
                .query((row, n) -> new Counted<>(
                        new Waiting(
                                row.getObject("id", UUID.class),
                                row.getString("email"),
                                row.getString("company"),
                                row.getTimestamp("created_at").toInstant()),
                        row.getLong("total")))
                .list();
        long openSupport = 0;
        long failedEmails = 0;
        if (vendor) {
            var vendorQueues = jdbc.sql("""
                            SELECT (SELECT count(*) FROM support_request WHERE status IN ('NEW', 'IN_PROGRESS')) AS support,
                                   (SELECT count(*) FROM email_message WHERE status = 'FAILED') AS failed
                            """)
                    .query((row, n) -> new long[] {row.getLong("support"), row.getLong("failed")})
                    .single();
            openSupport = vendorQueues[0];
            failedEmails = vendorQueues[1];
        }
        return new StartPage.Reviewer(
                new Queue(Counted.total(waiting), Counted.rows(waiting)), openSupport, failedEmails);
    }

    /** A row of a limited list, with the count of all rows: one query for both. */
    private record Counted<T>(T row, long total) {

        static <T> long total(List<Counted<T>> rows) {
            return rows.isEmpty() ? 0 : rows.getFirst().total();
        }

        static <T> List<T> rows(List<Counted<T>> rows) {
            return rows.stream().map(Counted::row).toList();
        }
    }
}
