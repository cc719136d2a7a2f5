package com.partnerportal.catalogue;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.HtmlUtils;

/**
 * The resource table and its full-text search (R6.2). Each resource is indexed in its own language
 * (stemming, stop words, accents folded); a query is parsed in English and in French and either
 * reading may match, so a French user typing English product words still finds them.
 */
@Repository
class ResourceStore {

    /** Counting stops here: "1,000+ results" is as useful as the exact number and far cheaper. */
    static final int COUNT_CAP = 1000;

    // Private-use characters mark matches in ts_headline's output; the text is HTML-escaped before
    // they become <mark> tags, and they are stripped from what admins save.
    private static final char MARK_START = '\uE000';
    private static final char MARK_END = '\uE001';
    private static final String TITLE_HEADLINE = "HighlightAll=true, StartSel=" + MARK_START + ", StopSel=" + MARK_END;
    private static final String SNIPPET_HEADLINE = "MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2,"
            + " FragmentDelimiter=\" … \", StartSel=" + MARK_START + ", StopSel=" + MARK_END;

    private static final String COLUMNS = "r.id, r.title, r.description, r.type, r.audience, r.language,"
            + " r.products, r.published_on, r.status, r.link, r.file_id, f.file_name, f.content_type, f.size_bytes,"
            + " r.minimum_level_id";

    /** A search result with its title and an extract, escaped, with matches in {@code <mark>}. */
    record Hit(Resource resource, String titleHtml, String snippetHtml) {}

    record SearchPage(List<Hit> hits, long total, boolean capped) {}

    private final JdbcClient jdbc;
    // The words decide the search's plan: a newest-first index walk for common words, the GIN index for
    // rarer ones. A generic plan cannot see them (measured: 55-85 ms instead of 3 ms for the commonest word).
    private final JdbcClient searches;

    ResourceStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.searches = JdbcClient.create(new PlannedForTheirValues(dataSource));
    }

    void insert(UUID id, ResourceFields fields, String status, UUID fileId) {
        jdbc.sql("INSERT INTO resource (id, title, description, type, audience, language, products, published_on,"
                        + " status, link, file_id, minimum_level_id) VALUES (:id, :title, :description, :type, :audience,"
                        + " :language, :products, :publishedOn, :status, :link, :fileId, :minimumLevel)")
                .param("id", id)
                .params(parameters(fields))
                .param("status", status)
                .param("fileId", fileId)
                .update();
    }

    boolean update(UUID id, ResourceFields fields, String status) {
        return jdbc.sql("UPDATE resource SET title = :title, description = :description, type = :type,"
                                + " audience = :audience, language = :language, products = :products,"
                                + " published_on = :publishedOn, status = :status, minimum_level_id = :minimumLevel,"
                                + " link = CASE WHEN file_id IS NULL THEN :link END, updated_at = now() WHERE id = :id")
                        .param("id", id)
                        .params(parameters(fields))
                        .param("status", status)
                        .update()
                == 1;
    }

    void replaceFile(UUID id, UUID fileId) {
        jdbc.sql("UPDATE resource SET file_id = :fileId, link = NULL, updated_at = now() WHERE id = :id")
                .param("id", id)
                .param("fileId", fileId)
                .update();
    }

    Optional<Resource> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM resource r LEFT JOIN stored_file f ON f.id = r.file_id"
                        + " WHERE r.id = :id")
                .param("id", id)
                .query(ResourceStore::map)
                .optional();
    }

    List<Resource> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM resource r LEFT JOIN stored_file f ON f.id = r.file_id"
                        + " ORDER BY r.status = 'RETIRED', r.published_on DESC, r.title")
                .query(ResourceStore::map)
                .list();
    }

    List<String> publishedProducts() {
        return jdbc.sql("SELECT DISTINCT unnest(products) AS product FROM resource WHERE status = 'PUBLISHED'"
                        + " ORDER BY product")
                .query(String.class)
                .list();
    }

    void recordDownload(UUID resourceId, UUID accountId, UUID companyId) {
        jdbc.sql("INSERT INTO resource_download (resource_id, account_id, company_id) VALUES (:r, :a, :c)")
                .param("r", resourceId)
                .param("a", accountId)
                .param("c", companyId)
                .update();
    }

    /** Every published resource the query matches, whatever its level (as a vendor admin sees them). */
    SearchPage search(SearchQuery query, int pageSize) {
        return search(query, pageSize, null);
    }

    /**
     * @param reachedLevels the programme levels the reader's company is at or above: resources reserved to
     *     others are left out (R10.1); null for no such limit
     */
    SearchPage search(SearchQuery query, int pageSize, List<UUID> reachedLevels) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("r.status = 'PUBLISHED'");
        if (reachedLevels != null) {
            where.append(" AND (r.minimum_level_id IS NULL OR r.minimum_level_id = ANY(:levels))");
            parameters.put("levels", reachedLevels.toArray(UUID[]::new));
        }
        if (query.text() != null) {
            // Spelled out rather than read from q: the planner then sees the words, estimates how many
            // resources they match, and walks the newest-first index for common words. When both
            // languages read the words alike (names, most product words), one query rather than the
            // same one twice: "w | w" would be estimated at twice the matches of "w", and the planner
            // would walk the index for words too rare for that (measured: 25-30 ms instead of 5 ms).
            where.append(
                    " AND r.search @@ (CASE WHEN websearch_to_tsquery('portal_en', :text)"
                            + " = websearch_to_tsquery('portal_fr', :text) THEN websearch_to_tsquery('portal_en', :text)"
                            + " ELSE websearch_to_tsquery('portal_en', :text) || websearch_to_tsquery('portal_fr', :text) END)");
            parameters.put("text", query.text());
        }
        if (query.type() != null) {
            where.append(" AND r.type = :type");
            parameters.put("type", query.type().name());
        }
        if (query.audience() != null) {
            where.append(" AND r.audience = :audience");
            parameters.put("audience", query.audience().name());
        }
        if (query.language() != null) {
            where.append(" AND r.language = :language");
            parameters.put("language", query.language());
        }
        if (query.product() != null) {
            where.append(" AND r.products @> ARRAY[CAST(:product AS text)]");
            parameters.put("product", query.product());
        }
        if (query.newOnly()) {
            where.append(" AND r.published_on >= current_date - ").append(SearchQuery.NEW_DAYS);
        }
        String with = query.text() == null
                ? "WITH q AS (SELECT NULL::tsquery AS query)"
                : "WITH q AS (SELECT websearch_to_tsquery('portal_en', :text)"
                        + " || websearch_to_tsquery('portal_fr', :text) AS query)";
        String pageOrder = switch (query.sort()) {
            case RELEVANCE -> "rank DESC, c.published_on DESC, c.id";
            case NEWEST -> "c.published_on DESC, c.id";
            case TITLE -> "lower(c.title), c.id";
        };
        String outerOrder = switch (query.sort()) {
            case RELEVANCE -> "page.rank DESC, page.published_on DESC, page.id";
            case NEWEST -> "page.published_on DESC, page.id";
            case TITLE -> "lower(page.title), page.id";
        };
        String headline =
                "ts_headline(CAST(CASE r.language WHEN 'fr' THEN 'portal_fr' ELSE 'portal_en' END AS regconfig), ";
        // One pass over the matches gives both the page and the count. Ranking costs a little per match
        // and a common word matches tens of thousands of resources, so a text search ranks the newest
        // COUNT_CAP matches, where the count stops too: beyond that the reader is asked to narrow it down.
        String sql = with + ", candidates AS MATERIALIZED (SELECT r.id, r.published_on, r.title, r.search"
                + " FROM resource r, q WHERE " + where
                + " ORDER BY "
                + (query.text() == null && query.sort() == SearchQuery.Sort.TITLE
                        ? "lower(r.title), r.id"
                        : "r.published_on DESC, r.id")
                + " LIMIT " + (COUNT_CAP + 1) + ")"
                + ", page AS (SELECT c.id, c.published_on, c.title,"
                + (query.text() == null ? " 0::real" : " ts_rank(c.search, q.query)") + " AS rank"
                + " FROM candidates c, q ORDER BY " + pageOrder + " LIMIT :limit OFFSET :offset)"
                + " SELECT " + COLUMNS + ", (SELECT count(*) FROM candidates) AS total, "
                + (query.text() == null
                        ? "NULL AS title_marked, NULL AS snippet"
                        : headline + "r.title, q.query, :titleOptions) AS title_marked, " + headline
                                + "r.description, q.query, :snippetOptions) AS snippet")
                + " FROM page JOIN resource r ON r.id = page.id LEFT JOIN stored_file f ON f.id = r.file_id, q"
                + " ORDER BY " + outerOrder;
        long[] total = {0};
        var hits = searches.sql(sql)
                .params(parameters)
                .param("limit", pageSize)
                .param("offset", query.page() * pageSize)
                .param("titleOptions", TITLE_HEADLINE)
                .param("snippetOptions", SNIPPET_HEADLINE)
                .query((row, n) -> {
                    total[0] = row.getLong("total");
                    Resource resource = map(row, n);
                    String title = row.getString("title_marked");
                    String snippet = row.getString("snippet");
                    return new Hit(
                            resource,
                            marked(title == null ? resource.title() : title),
                            marked(snippet == null ? excerpt(resource.description()) : snippet));
                })
                .list();
        if (hits.isEmpty() && query.page() > 0) {
            total[0] = searches.sql(with + " SELECT count(*) FROM (SELECT 1 FROM resource r, q WHERE " + where
                            + " LIMIT " + (COUNT_CAP + 1) + ") capped")
                    .params(parameters)
                    .query(Long.class)
                    .single();
        }
        return new SearchPage(hits, Math.min(total[0], COUNT_CAP), total[0] > COUNT_CAP);
    }

    static String withoutMarks(String text) {
        return text.replace(String.valueOf(MARK_START), "").replace(String.valueOf(MARK_END), "");
    }

    private static String marked(String text) {
        return HtmlUtils.htmlEscape(text)
                .replace(String.valueOf(MARK_START), "<mark>")
                .replace(String.valueOf(MARK_END), "</mark>");
    }

    private static String excerpt(String description) {
        return description.length() <= 240
                ? description
                : description.substring(0, 240).strip() + "…";
    }

    private static Map<String, Object> parameters(ResourceFields fields) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", withoutMarks(fields.title()));
        map.put("description", withoutMarks(fields.description()));
        map.put("type", fields.type().name());
        map.put("audience", fields.audience().name());
        map.put("language", fields.language());
        map.put("products", fields.products().toArray(String[]::new));
        map.put("publishedOn", fields.publishedOn());
        map.put("link", fields.link());
        map.put("minimumLevel", fields.minimumLevel());
        return map;
    }

    private static Resource map(ResultSet row, int rowNumber) throws SQLException {
        Array products = row.getArray("products");
        return new Resource(
                row.getObject("id", UUID.class),
                row.getString("title"),
                row.getString("description"),
                ResourceType.valueOf(row.getString("type")),
                Audience.valueOf(row.getString("audience")),
                row.getString("language"),
                products == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) products.getArray())),
                row.getObject("published_on", java.time.LocalDate.class),
                row.getString("status"),
                row.getString("link"),
                row.getObject("file_id", UUID.class),
                row.getString("file_name"),
                row.getString("content_type"),
                row.getLong("size_bytes"),
                row.getObject("minimum_level_id", UUID.class));
    }
}
