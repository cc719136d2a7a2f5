package com.partnerportal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.SamplePdf;
import partnerportal.testing.TestAccounts;

/**
 * R6.2: full-text search in English and French. Each fixture carries a product tag of its own, and
 * every search filters on it, so resources other tests add never enter these results.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueSearchTest {

    @Autowired
    Resources resources;

    @Autowired
    ResourceStore store;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    private final String product = "Relevance " + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, UUID> ids = new HashMap<>();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeAll
    void fixtures() {
        add(
                "rollback",
                "Ransomware rollback for endpoints",
                "Restore encrypted files after an attack.",
                ResourceType.WHITEPAPER,
                Audience.TECHNICAL,
                "en",
                3);
        add(
                "deploy",
                "Deploying agents at scale",
                "Deployment of the agent across thousands of devices.",
                ResourceType.GUIDE,
                Audience.TECHNICAL,
                "en",
                40);
        add(
                "terminaux",
                "Sécurité des terminaux",
                "Protéger les postes de travail contre les rançongiciels.",
                ResourceType.DATASHEET,
                Audience.SALES,
                "fr",
                10);
        add(
                "cloud",
                "Sécuriser le cloud",
                "La sécurisation des charges de travail dans le cloud.",
                ResourceType.DATASHEET,
                Audience.PRE_SALES,
                "fr",
                50);
        add(
                "platform",
                "Endpoint protection platform",
                "A platform for endpoint protection, managed from one console.",
                ResourceType.PRESENTATION,
                Audience.SALES,
                "en",
                20);
        add(
                "every",
                "Protection of every device",
                "Protection for laptops and servers, then every endpoint.",
                ResourceType.BATTLECARD,
                Audience.SALES,
                "en",
                60);
        add(
                "markup",
                "Battlecard <script>alert(1)</script> & more",
                "Markup in a title is text, not HTML.",
                ResourceType.BATTLECARD,
                Audience.PRE_SALES,
                "en",
                70);
    }

    static Stream<Arguments> relevance() {
        return Stream.of(
                Arguments.of("ransomware", List.of("rollback")),
                Arguments.of("deploy", List.of("deploy")),
                Arguments.of("agent deployments", List.of("deploy")),
                Arguments.of("rançongiciel", List.of("terminaux")),
                Arguments.of("securite", List.of("terminaux")),
                Arguments.of("SÉCURITÉ", List.of("terminaux")),
                Arguments.of("sécurisation", List.of("cloud")),
                Arguments.of("\"endpoint protection\"", List.of("platform")),
                Arguments.of("endpoint protection", List.of("platform", "every")),
                Arguments.of("protection -laptops", List.of("platform")),
                Arguments.of("encrypted OR devices", List.of("every", "rollback", "deploy")),
                Arguments.of("kubernetes", List.of()),
                Arguments.of("markup", List.of("markup")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("relevance")
    void searchFindsWhatItShouldInRankOrder(String text, List<String> expected) {
        assertThat(search(Map.of("q", text))).containsExactlyElementsOf(expected);
    }

    @Test
    void filtersCombineWithEachOtherAndWithText() {
        assertThat(search(Map.of("type", "DATASHEET"))).containsExactly("terminaux", "cloud");
        assertThat(search(Map.of("type", "DATASHEET", "audience", "SALES"))).containsExactly("terminaux");
        assertThat(search(Map.of("language", "en", "audience", "TECHNICAL"))).containsExactly("rollback", "deploy");
        assertThat(search(Map.of("q", "protection", "type", "BATTLECARD"))).containsExactly("every");
        assertThat(search(Map.of("new", "1", "language", "en"))).containsExactly("rollback", "platform");
        assertThat(search(Map.of("language", "fr", "sort", "TITLE"))).containsExactly("cloud", "terminaux");
        assertThat(search(Map.of("language", "fr", "type", "VIDEO"))).isEmpty();
    }

    @Test
    void pagesAreStableAndDisjointWhenEverythingTies() {
        String tie = "Tie " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 27; i++) {
            resources.publish(
                    new NewResource(
                            "Identical deck",
                            "Same words everywhere.",
                            ResourceType.PRESENTATION,
                            Audience.SALES,
                            "en",
                            List.of(tie),
                            today,
                            null),
                    "deck.pdf",
                    pdf("Identical deck"),
                    pdfLength("Identical deck"));
        }
        List<UUID> seen = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            var query = query(Map.of("q", "identical deck", "product", tie, "page", String.valueOf(page)));
            var first = store.search(query, 20).hits().stream()
                    .map(h -> h.resource().id())
                    .toList();
            var again = store.search(query, 20).hits().stream()
                    .map(h -> h.resource().id())
                    .toList();
            assertThat(again).isEqualTo(first);
            seen.addAll(first);
        }
        assertThat(seen).hasSize(27);
        assertThat(new HashSet<>(seen)).hasSize(27);
        assertThat(store.search(query(Map.of("product", tie)), 20).total()).isEqualTo(27);
    }

    @Test
    void thePageHighlightsMatchesEscapesMarkupAndExplainsEmptyResults() throws Exception {
        var partner = new HttpSession(port);
        partner.logIn(testAccounts.partnerUser(testAccounts.company("Searchers")), TestAccounts.PASSWORD);

        String page = partner.get("/catalogue?q=ransomware&product=" + encode(product))
                .body();
        assertThat(page)
                .contains("<mark>Ransomware</mark> rollback for endpoints")
                .contains("1 resource");

        page = partner.get("/catalogue?q=markup&product=" + encode(product)).body();
        assertThat(page)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more")
                .contains("<mark>Markup</mark> in a title is text")
                .doesNotContain("<script>alert(1)");

        page = partner.get("/catalogue?q=kubernetes&type=VIDEO").body();
        assertThat(page)
                .contains("No resource matches “kubernetes”.")
                .contains("Filters are narrowing the search:")
                .contains("search without filters");
    }

    @Test
    void valuesNoFormOffersGetAMessageNotAnError() throws Exception {
        var partner = new HttpSession(port);
        partner.logIn(testAccounts.partnerUser(testAccounts.company("Tinkerers")), TestAccounts.PASSWORD);
        var response = partner.get("/catalogue?type=SPREADSHEET&audience=ceo&language=de&sort=random&page=-3&product="
                + "x".repeat(300) + "&q=" + "word+".repeat(60));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("That type is not one of the list, so it was left out.")
                .contains("That audience is not one of the list, so it was left out.")
                .contains("Resources are in English or French; the language filter was left out.")
                .contains("That sort order is not one of the list; results are in the usual order.")
                .contains("That page does not exist; here is the first page.")
                .contains("That product name is too long, so it was left out.")
                .contains("The search is longer than 200 characters; shorten it.");
        assertThat(partner.get("/catalogue?page=99999999999999999999").body())
                .contains("That page does not exist; here is the first page.");
    }

    @Test
    void theSearchIsPlannedForItsWordsEveryTimeItRuns() throws Exception {
        // The driver prepares a statement on the server from its fifth run, and the server may then plan it
        // once for any words: the search must never be one of those (pg_prepared_statements lists them).
        try (Connection connection = dataSource.getConnection()) {
            var oneConnection = new SingleConnectionDataSource(connection, true);
            var sql = JdbcClient.create(oneConnection);
            var storeOnIt = new ResourceStore(sql, oneConnection);
            for (int run = 0; run < 12; run++) {
                sql.sql("SELECT CAST(:run AS int) AS prepared_after_five_runs")
                        .param("run", run)
                        .query(Integer.class)
                        .single();
                storeOnIt.search(query(Map.of("q", "rollback", "product", product)), 20);
            }
            var prepared = sql.sql("SELECT statement FROM pg_prepared_statements")
                    .query(String.class)
                    .list();
            assertThat(prepared)
                    .as("an ordinary statement is prepared on the server after a few runs")
                    .anyMatch(statement -> statement.contains("prepared_after_five_runs"))
                    .as("the search never is")
                    .noneMatch(statement -> statement.contains("candidates AS MATERIALIZED"));
        }
    }

    private List<String> search(Map<String, String> parameters) {
        var all = new HashMap<>(parameters);
        all.put("product", product);
        return store.search(query(all), 20).hits().stream()
                .map(hit -> key(hit.resource().id()))
                .toList();
    }

    private String key(UUID id) {
        return ids.entrySet().stream()
                .filter(e -> e.getValue().equals(id))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(id.toString());
    }

    private void add(
            String key,
            String title,
            String description,
            ResourceType type,
            Audience audience,
            String language,
            int daysAgo) {
        ids.put(
                key,
                resources.publish(
                        new NewResource(
                                title,
                                description,
                                type,
                                audience,
                                language,
                                List.of(product),
                                today.minusDays(daysAgo),
                                null),
                        key + ".pdf",
                        pdf(title),
                        pdfLength(title)));
    }

    private static ByteArrayInputStream pdf(String title) {
        return new ByteArrayInputStream(SamplePdf.of(title));
    }

    private static long pdfLength(String title) {
        return SamplePdf.of(title).length;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static SearchQuery query(Map<String, String> parameters) {
        return SearchQuery.from(new SearchQuery.Parameters(
                parameters.get("q"),
                parameters.get("type"),
                parameters.get("audience"),
                parameters.get("language"),
                parameters.get("product"),
                parameters.get("new"),
                parameters.get("sort"),
                parameters.get("page")));
    }
}
