package com.partnerportal.dashboards;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboards' figures, each one query. A distributor's scope is its access requests and the
 * companies currently associated with it; partner and seat figures read {@code company_stats},
 * which triggers keep current, instead of counting accounts.
 */
@Repository
class DashboardQueries {

    /** Headline figures. */
    record Totals(long partners, long users, long underReview, long openSupport) {}

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Totals totals(Scope scope) {
        return jdbc.sql("WITH scoped AS (" + companies(scope) + ")"
                        + " SELECT (SELECT count(*) FROM company_stats s JOIN scoped USING (company_id)"
                        + "          WHERE s.enabled_users > 0) AS partners,"
                        + " (SELECT coalesce(sum(s.enabled_users), 0) FROM company_stats s JOIN scoped USING (company_id))"
                        + "   AS users,"
                        + " (SELECT count(*) FROM access_request WHERE status = 'UNDER_REVIEW'"
                        + (scope.vendor() ? "" : " AND distributor_id = :d") + ") AS under_review,"
                        + " (SELECT count(*) FROM support_request WHERE status IN ('NEW', 'IN_PROGRESS',"
                        + "   'WAITING_FOR_REQUESTER')"
                        + (scope.vendor() ? "" : " AND company_id IN (SELECT company_id FROM scoped)") + ") AS support")
                .params(parameters(scope))
                .query((row, n) -> new Totals(
                        row.getLong("partners"),
                        row.getLong("users"),
                        row.getLong("under_review"),
                        row.getLong("support")))
                .single();
    }

    /** Requests submitted per week, by where they stand now (R3). */
    Chart funnel(Scope scope) {
        return table(
                "funnel",
                "stacked",
                "SELECT to_char(date_trunc('week', day), 'YYYY-MM-DD') AS category,"
                        + " coalesce(sum(requests) FILTER (WHERE status = 'APPROVED' AND automatic), 0) AS auto_approved,"
                        + " coalesce(sum(requests) FILTER (WHERE status = 'APPROVED' AND NOT automatic), 0)"
                        + "   AS approved_after_review,"
                        + " coalesce(sum(requests) FILTER (WHERE status = 'UNDER_REVIEW'), 0) AS under_review,"
                        + " coalesce(sum(requests) FILTER (WHERE status = 'REJECTED'), 0) AS rejected"
                        + " FROM request_day WHERE " + daysInScope(scope)
                        + " GROUP BY 1 HAVING sum(requests) > 0 ORDER BY 1",
                scope,
                List.of("auto_approved", "approved_after_review", "under_review", "rejected"));
    }

    Chart reasons(Scope scope) {
        return table(
                "reasons",
                "bar",
                "SELECT reason_code AS category, sum(requests) AS requests FROM request_day WHERE " + daysInScope(scope)
                        + " GROUP BY 1 HAVING sum(requests) > 0 ORDER BY 2 DESC, 1",
                scope,
                List.of("requests"));
    }

    Chart distributors(Scope scope) {
        return table(
                "distributors",
                "stacked",
                "SELECT d.name AS category,"
                        + " coalesce(sum(r.requests) FILTER (WHERE r.status = 'APPROVED'), 0) AS approved,"
                        + " coalesce(sum(r.requests) FILTER (WHERE r.status = 'UNDER_REVIEW'), 0) AS under_review,"
                        + " coalesce(sum(r.requests) FILTER (WHERE r.status = 'REJECTED'), 0) AS rejected"
                        + " FROM request_day r JOIN distributor d ON d.id = r.distributor_id"
                        + " WHERE r.day BETWEEN :fromDay AND :toDay"
                        + (scope.vendor() ? "" : " AND r.distributor_id = :d")
                        + " GROUP BY d.name HAVING sum(r.requests) > 0 ORDER BY sum(r.requests) DESC, d.name LIMIT 20",
                scope,
                List.of("approved", "under_review", "rejected"));
    }

    /** Requests waiting for a decision now, by how long they have waited. */
    Chart backlog(Scope scope) {
        return table(
                "backlog",
                "bar",
                "SELECT bucket AS category, count(r.id) AS requests FROM (VALUES (1, 'lt1d'), (2, '1to3d'),"
                        + " (3, '3to7d'), (4, 'gt7d')) b(position, bucket) LEFT JOIN access_request r"
                        + " ON r.status = 'UNDER_REVIEW'" + (scope.vendor() ? "" : " AND r.distributor_id = :d")
                        + " AND " + ageBucket("r.created_at") + " = b.bucket"
                        + " GROUP BY b.position, b.bucket ORDER BY b.position",
                scope,
                List.of("requests"));
    }

    /** How companies use their technical seats (R5.2): all taken, some, none. */
    Chart seats(Scope scope) {
        return table(
                "seats",
                "bar",
                "WITH scoped AS (" + companies(scope) + ")"
                        + " SELECT b.bucket AS category, count(x.company_id) AS companies"
                        + " FROM (VALUES (1, 'full'), (2, 'partly'), (3, 'unused')) b(position, bucket)"
                        + " LEFT JOIN (SELECT s.company_id, CASE WHEN s.seats_held >= c.technical_seat_limit THEN 'full'"
                        + "   WHEN s.seats_held > 0 THEN 'partly' ELSE 'unused' END AS bucket"
                        + "   FROM company_stats s JOIN scoped USING (company_id) JOIN company c ON c.id = s.company_id) x"
                        + " ON x.bucket = b.bucket GROUP BY b.position, b.bucket ORDER BY b.position",
                scope,
                List.of("companies"));
    }

    /** Courses completed and certificates issued per week (R5.6), filed under the distributor of the day. */
    Chart learning(Scope scope) {
        return table(
                "learning",
                "line",
                "SELECT to_char(date_trunc('week', day), 'YYYY-MM-DD') AS category, sum(completions) AS completions,"
                        + " sum(certificates) AS certificates FROM learning_day WHERE " + daysInScope(scope)
                        + " GROUP BY 1 ORDER BY 1",
                scope,
                List.of("completions", "certificates"));
    }

    /** The ten most downloaded resources (R6), filed under the distributor of the day. */
    Chart downloads(Scope scope) {
        return table(
                "downloads",
                "bar",
                "SELECT r.title AS category, sum(d.downloads) AS downloads FROM download_day d"
                        + " JOIN resource r ON r.id = d.resource_id WHERE d.day BETWEEN :fromDay AND :toDay"
                        + (scope.vendor() ? "" : " AND d.distributor_id = :d")
                        + " GROUP BY r.id, r.title ORDER BY 2 DESC, r.title LIMIT 10",
                scope,
                List.of("downloads"));
    }

    /** Open support requests by category and age (R7.1). */
    Chart support(Scope scope) {
        return table(
                "support",
                "stacked",
                "SELECT category, count(*) FILTER (WHERE bucket = 'lt1d') AS lt1d,"
                        + " count(*) FILTER (WHERE bucket = '1to3d') AS \"1to3d\","
                        + " count(*) FILTER (WHERE bucket = '3to7d') AS \"3to7d\","
                        + " count(*) FILTER (WHERE bucket = 'gt7d') AS gt7d"
                        + " FROM (SELECT category, " + ageBucket("created_at") + " AS bucket FROM support_request"
                        + "   WHERE status IN ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REQUESTER')"
                        + (scope.vendor() ? "" : " AND company_id IN (" + companies(scope) + ")")
                        + ") open GROUP BY category ORDER BY category",
                scope,
                List.of("lt1d", "1to3d", "3to7d", "gt7d"));
    }

    // Programme levels (R10.2): where the scope's companies stand now, and how they moved.

    /** Companies per level in force now, lowest first; those below every level first of all. */
    Chart levels(Scope scope, boolean french) {
        var parameters = parameters(scope);
        parameters.put("fr", french);
        return table(
                "levels",
                "bar",
                "WITH scoped AS (" + companies(scope) + ")"
                        + " SELECT coalesce(CASE WHEN :fr THEN l.name_fr ELSE l.name_en END, 'noLevel') AS category,"
                        + " count(*) AS companies FROM scoped s"
                        + " LEFT JOIN company_level cl ON cl.company_id = s.company_id"
                        + " LEFT JOIN programme_level l ON l.id = cl.level_id"
                        + " GROUP BY l.rank, 1 ORDER BY l.rank NULLS FIRST",
                parameters,
                List.of("companies"));
    }

    /** Levels reached, downgrades announced and taken effect, and levels set by hand, per month (R10.3). */
    Chart levelMoves(Scope scope) {
        return table(
                "levelMoves",
                "stacked",
                "SELECT to_char(date_trunc('month', h.at AT TIME ZONE 'UTC'), 'YYYY-MM') AS category,"
                        + " count(*) FILTER (WHERE h.change = 'REACHED') AS reached,"
                        + " count(*) FILTER (WHERE h.change = 'DOWNGRADE_ANNOUNCED') AS announced,"
                        + " count(*) FILTER (WHERE h.change = 'DOWNGRADED') AS downgraded,"
                        + " count(*) FILTER (WHERE h.change = 'OVERRIDDEN') AS overridden"
                        + " FROM company_level_history h WHERE h.at >= :from AND h.at < :to"
                        + " AND h.change IN ('REACHED', 'DOWNGRADE_ANNOUNCED', 'DOWNGRADED', 'OVERRIDDEN')"
                        + (scope.vendor() ? "" : " AND h.company_id IN (" + companies(scope) + ")")
                        + " GROUP BY 1 ORDER BY 1",
                scope,
                List.of("reached", "announced", "downgraded", "overridden"));
    }

    /** One company's figures, for a distributor's drill-down. */
    Map<String, Long> company(UUID companyId, Scope scope) {
        return jdbc.sql("SELECT s.enabled_users, s.seats_held, c.technical_seat_limit,"
                        + " (SELECT count(*) FROM enrolment e JOIN account a ON a.id = e.account_id"
                        + "   WHERE a.company_id = :c AND e.completed_at >= :from AND e.completed_at < :to) AS completions,"
                        + " (SELECT count(*) FROM resource_download d WHERE d.company_id = :c"
                        + "   AND d.downloaded_at >= :from AND d.downloaded_at < :to) AS downloads"
                        + " FROM company c JOIN company_stats s ON s.company_id = c.id WHERE c.id = :c")
                .params(parameters(scope))
                .param("c", companyId)
                .query((row, n) -> {
                    Map<String, Long> figures = new LinkedHashMap<>();
                    figures.put("users", row.getLong("enabled_users"));
                    figures.put("seatsHeld", row.getLong("seats_held"));
                    figures.put("seatLimit", row.getLong("technical_seat_limit"));
                    figures.put("completions", row.getLong("completions"));
                    figures.put("downloads", row.getLong("downloads"));
                    return figures;
                })
                .single();
    }

    // Deal registrations (R9.9): registrations submitted in the period, in the scope's deals.

    /** How many registrations stand in each status. */
    Chart dealPipeline(Scope scope) {
        return pipeline(scope, false);
    }

    /** What the registrations in each status are worth, per currency (won ones at their final value). */
    Chart dealValue(Scope scope) {
        return pipeline(scope, true);
    }

    private Chart pipeline(Scope scope, boolean worth) {
        List<String> statuses = List.of(
                "SUBMITTED",
                "DISTRIBUTOR_REVIEW",
                "VENDOR_REVIEW",
                "MORE_INFO_REQUESTED",
                "APPROVED",
                "WON",
                "LOST",
                "REJECTED",
                "EXPIRED");
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Map<String, Long>> values = new java.util.TreeMap<>();
        jdbc.sql("SELECT r.status, r.currency, count(*) AS registrations,"
                        + " round(sum(coalesce(r.won_value, r.estimated_value))) AS worth"
                        + " FROM deal_registration r WHERE r.submitted_at >= :from AND r.submitted_at < :to AND "
                        + dealScope(scope) + " GROUP BY 1, 2")
                .params(parameters(scope))
                .query(row -> {
                    counts.merge(row.getString("status"), row.getLong("registrations"), Long::sum);
                    values.computeIfAbsent(row.getString("currency"), currency -> new LinkedHashMap<>())
                            .put(row.getString("status"), row.getLong("worth"));
                });
        List<String> shown = statuses.stream().filter(counts::containsKey).toList();
        List<Chart.Series> series = new ArrayList<>();
        if (!worth) {
            series.add(new Chart.Series(
                    "registrations", shown.stream().map(counts::get).toList()));
            return new Chart("dealPipeline", "bar", shown, series);
        }
        values.forEach((currency, byStatus) -> series.add(new Chart.Series(
                currency,
                shown.stream().map(status -> byStatus.getOrDefault(status, 0L)).toList())));
        return new Chart("dealValue", "bar", shown, series);
    }

    /**
     * Hours from submission to the first decision (any reviewer's) and to the final one (approved or
     * rejected): median and 90th percentile; the aim is one business day (R9.9).
     */
    Chart dealDecisions(Scope scope) {
        return table(
                "dealDecisions",
                "bar",
                "WITH decided AS (SELECT r.submitted_at,"
                        + "   (SELECT min(h.at) FROM deal_history h WHERE h.deal_id = r.id AND h.at >= r.submitted_at"
                        + "     AND h.to_status IN ('VENDOR_REVIEW', 'APPROVED', 'REJECTED', 'MORE_INFO_REQUESTED')) AS first_at,"
                        + "   (SELECT min(h.at) FROM deal_history h WHERE h.deal_id = r.id AND h.at >= r.submitted_at"
                        + "     AND h.to_status IN ('APPROVED', 'REJECTED')) AS final_at"
                        + "   FROM deal_registration r WHERE r.submitted_at >= :from AND r.submitted_at < :to AND "
                        + dealScope(scope) + "),"
                        + " hours AS (SELECT 'first' AS step, extract(epoch FROM first_at - submitted_at) / 3600 AS h"
                        + "   FROM decided WHERE first_at IS NOT NULL"
                        + "   UNION ALL SELECT 'final', extract(epoch FROM final_at - submitted_at) / 3600"
                        + "   FROM decided WHERE final_at IS NOT NULL)"
                        + " SELECT s.step AS category,"
                        + " coalesce(ceil(percentile_cont(0.5) WITHIN GROUP (ORDER BY h.h)), 0) AS median_hours,"
                        + " coalesce(ceil(percentile_cont(0.9) WITHIN GROUP (ORDER BY h.h)), 0) AS p90_hours"
                        + " FROM (VALUES (1, 'first'), (2, 'final')) s(position, step) LEFT JOIN hours h ON h.step = s.step"
                        + " GROUP BY s.position, s.step ORDER BY s.position",
                scope,
                List.of("median_hours", "p90_hours"));
    }

    /** Registrations won and lost per month of the period, by the day they ended. */
    Chart dealOutcomes(Scope scope) {
        return table(
                "dealOutcomes",
                "stacked",
                outcomesByMonth(scope) + " SELECT month AS category, won, lost FROM outcomes ORDER BY month",
                scope,
                List.of("won", "lost"));
    }

    /** The share of ended registrations that were won, per month, in percent. */
    Chart dealWinRate(Scope scope) {
        return table(
                "dealWinRate",
                "line",
                outcomesByMonth(scope)
                        + " SELECT month AS category, round(100.0 * won / nullif(won + lost, 0)) AS win_rate FROM outcomes"
                        + " ORDER BY month",
                scope,
                List.of("win_rate"));
    }

    /** Approved registrations whose protection ends in the next 30 days, whatever the period (R9.5). */
    Chart dealExpiring(Scope scope) {
        return table(
                "dealExpiring",
                "bar",
                "SELECT b.bucket AS category, count(r.id) AS registrations"
                        + " FROM (VALUES (1, 'within7d', 0, 7), (2, 'within14d', 7, 14), (3, 'within30d', 14, 30))"
                        + "   b(position, bucket, low, high)"
                        + " LEFT JOIN deal_registration r ON r.status = 'APPROVED'"
                        + "   AND r.expires_at > now() + b.low * interval '1 day'"
                        + "   AND r.expires_at <= now() + b.high * interval '1 day' AND " + dealScope(scope)
                        + " GROUP BY b.position, b.bucket ORDER BY b.position",
                scope,
                List.of("registrations"));
    }

    private static String outcomesByMonth(Scope scope) {
        return "WITH ended AS (SELECT r.status, coalesce(r.won_on,"
                + "   (SELECT max(h.at) FROM deal_history h WHERE h.deal_id = r.id AND h.to_status = 'LOST')::date) AS day"
                + "   FROM deal_registration r WHERE r.status IN ('WON', 'LOST') AND " + dealScope(scope) + "),"
                + " outcomes AS (SELECT to_char(date_trunc('month', day), 'YYYY-MM') AS month,"
                + "   count(*) FILTER (WHERE status = 'WON') AS won, count(*) FILTER (WHERE status = 'LOST') AS lost"
                + "   FROM ended WHERE day BETWEEN :fromDay AND :toDay GROUP BY 1)";
    }

    private static String dealScope(Scope scope) {
        if (scope.companyId() != null) {
            return "r.company_id = :c";
        }
        return scope.vendor() ? "TRUE" : "r.distributor_id = :d";
    }

    /** The distributor's current partners, with their user counts, for the drill-down links. */
    List<Map.Entry<UUID, String>> partners(Scope scope) {
        return jdbc.sql("SELECT c.id, c.name FROM company c JOIN distributor_association a ON a.company_id = c.id"
                        + " WHERE a.distributor_id = :d AND a.ended_at IS NULL ORDER BY c.name LIMIT 500")
                .params(parameters(scope))
                .query((row, n) -> Map.entry(row.getObject("id", UUID.class), row.getString("name")))
                .list();
    }

    boolean isPartner(UUID distributorId, UUID companyId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM distributor_association WHERE distributor_id = :d"
                        + " AND company_id = :c AND ended_at IS NULL)")
                .param("d", distributorId)
                .param("c", companyId)
                .query(Boolean.class)
                .single();
    }

    private static String companies(Scope scope) {
        return scope.vendor()
                ? "SELECT id AS company_id FROM company"
                : "SELECT company_id FROM distributor_association WHERE distributor_id = :d AND ended_at IS NULL";
    }

    private static String daysInScope(Scope scope) {
        return "day BETWEEN :fromDay AND :toDay" + (scope.vendor() ? "" : " AND distributor_id = :d");
    }

    private static String ageBucket(String column) {
        return "CASE WHEN " + column + " > now() - interval '1 day' THEN 'lt1d' WHEN " + column
                + " > now() - interval '3 days' THEN '1to3d' WHEN " + column
                + " > now() - interval '7 days' THEN '3to7d' ELSE 'gt7d' END";
    }

    private Chart table(String id, String kind, String sql, Scope scope, List<String> columns) {
        return table(id, kind, sql, parameters(scope), columns);
    }

    private Chart table(String id, String kind, String sql, Map<String, Object> parameters, List<String> columns) {
        List<String> categories = new ArrayList<>();
        List<List<Long>> values = new ArrayList<>();
        columns.forEach(column -> values.add(new ArrayList<>()));
        jdbc.sql(sql).params(parameters).query(row -> {
            categories.add(row.getString("category"));
            for (int i = 0; i < columns.size(); i++) {
                values.get(i).add(row.getLong(columns.get(i)));
            }
        });
        List<Chart.Series> series = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            series.add(new Chart.Series(columns.get(i), values.get(i)));
        }
        return new Chart(id, kind, categories, series);
    }

    private static Map<String, Object> parameters(Scope scope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("from", scope.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        parameters.put("to", scope.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        parameters.put("fromDay", scope.from());
        parameters.put("toDay", scope.to());
        if (scope.distributorId() != null) {
            parameters.put("d", scope.distributorId());
        }
        if (scope.companyId() != null) {
            parameters.put("c", scope.companyId());
        }
        return parameters;
    }
}
