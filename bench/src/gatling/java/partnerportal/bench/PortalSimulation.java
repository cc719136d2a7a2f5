package partnerportal.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The portal's benchmark suite (issue 10): the pages users open most, measured together against a
 * running portal with the demo data ({@code bench/gatling.sh 1|3} starts one and runs this). Four
 * groups of virtual users run side by side for the same time, each group a closed loop (a user who
 * finishes is replaced at once): visitors (landing page, registration email step), partner users
 * (log in, launch the University, course list, two catalogue searches, log out), vendor admins (log
 * in, dashboard, log out) and a probe of a trivial endpoint of the same application, the yardstick
 * for the ratios {@code bench/gatling-report.sh} prints. Redirects are not followed, so that each
 * request is measured on its own.
 */
public class PortalSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("portal.url", "http://127.0.0.1:8080");
    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("portal.seconds", 60));
    private static final int PARTNERS = Integer.getInteger("portal.partners", 8);
    private static final int VISITORS = Integer.getInteger("portal.visitors", 4);
    private static final int ADMINS = Integer.getInteger("portal.admins", 2);
    /** {@code logins}: only partner users logging in and out, and the probe (the memory budget's load). */
    private static final String MIX = System.getProperty("portal.mix", "all");

    // The demo accounts (partnerportal.dev.DemoData).
    private static final List<Map<String, Object>> PARTNER_ACCOUNTS = List.of(
            Map.of("email", "emma.roy@northwind-secure.ca", "password", "Demo-Partner-User-2026"),
            Map.of("email", "lea.martin@bastion-it.fr", "password", "Demo-Partenaire-2026"));
    private static final Map<String, Object> ADMIN_ACCOUNT =
            Map.of("email", "olivia.martin@sentinelone.example", "password", "Demo-Vendor-Admin-2026");
    private static final List<String> SEARCH_WORDS = List.of(
            "ransomware", "deployment guide", "cloud", "agent", "datasheet", "Singularity", "identité",
            "détection", "MSSP", "battlecard", "XDR", "kubernetes");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptLanguageHeader("en")
            .acceptHeader("text/html")
            .disableFollowRedirect()
            .shareConnections();

    private static ChainBuilder logIn(String as) {
        return CoreDsl.exec(http("login page").get("/login").check(csrf()))
                .exec(http("log in (" + as + ")")
                        .post("/login")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("email", "#{email}")
                        .formParam("password", "#{password}")
                        .check(status().is(302), header("Location").is(BASE_URL + "/")))
                // The login redirects home; the new session has a new CSRF token.
                .exec(http("home, logged in").get("/").check(status().is(200), csrf()));
    }

    private static ChainBuilder logOut() {
        return CoreDsl.exec(http("log out")
                .post("/logout")
                .formParam("_csrf", "#{csrf}")
                .check(status().is(302)));
    }

    private static io.gatling.javaapi.core.CheckBuilder.Final csrf() {
        return css("input[name=_csrf]", "value").saveAs("csrf");
    }

    private static Iterator<Map<String, Object>> visitorAddresses() {
        // Addresses at a company on Sherweb's entitlement list that has not registered yet: each one
        // passes the email step and is sent on to the company step.
        var next = new AtomicLong();
        return Stream.generate(() -> Map.<String, Object>of(
                        "visitor", "bench-" + next.incrementAndGet() + "@laurentide-cyber.ca"))
                .iterator();
    }

    private static Iterator<Map<String, Object>> searches() {
        return Stream.generate(() -> {
                    var random = ThreadLocalRandom.current();
                    var words = SEARCH_WORDS.get(random.nextInt(SEARCH_WORDS.size()));
                    if (random.nextBoolean()) {
                        words += " " + SEARCH_WORDS.get(random.nextInt(SEARCH_WORDS.size()));
                    }
                    return Map.<String, Object>of("words", words);
                })
                .iterator();
    }

    private final ScenarioBuilder trivial = scenario("trivial endpoint")
            .exec(http("trivial: /actuator/health/liveness")
                    .get("/actuator/health/liveness")
                    .header("Accept", "application/json")
                    .check(status().is(200)));

    private final ScenarioBuilder visitor = scenario("visitor")
            .feed(visitorAddresses())
            .exec(http("landing page").get("/").check(status().is(200)))
            .exec(http("registration page").get("/register/sherweb").check(csrf()))
            .exec(http("registration email step")
                    .post("/register/sherweb")
                    .formParam("_csrf", "#{csrf}")
                    .formParam("email", "#{visitor}")
                    .check(status().is(302), header("Location").is(BASE_URL + "/register/sherweb/company")));

    private final ScenarioBuilder partner = scenario("partner user")
            .feed(CoreDsl.listFeeder(PARTNER_ACCOUNTS).circular())
            .exec(logIn("partner"))
            .exec(http("University launch")
                    .post("/university/launch")
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(302)))
            .exec(http("University course list")
                    .get("/university")
                    .check(status().is(200), css("a[href^='/university/courses/']").exists()))
            .feed(searches())
            .exec(http("catalogue search").get("/catalogue?q=#{words}").check(status().is(200)))
            .feed(searches())
            .exec(http("catalogue search").get("/catalogue?q=#{words}").check(status().is(200), csrf()))
            .exec(logOut());

    private final ScenarioBuilder loginsOnly = scenario("partner user, logins only")
            .feed(CoreDsl.listFeeder(PARTNER_ACCOUNTS).circular())
            .exec(logIn("partner"))
            .exec(logOut());

    private final ScenarioBuilder admin = scenario("vendor admin")
            .exec(session -> session.setAll(ADMIN_ACCOUNT))
            .exec(logIn("vendor admin"))
            .exec(http("vendor dashboard").get("/admin/dashboard").check(status().is(200), csrf()))
            .exec(logOut());

    {
        var populations = "logins".equals(MIX)
                ? List.of(
                        trivial.injectClosed(constantConcurrentUsers(1).during(DURATION)),
                        loginsOnly.injectClosed(constantConcurrentUsers(PARTNERS).during(DURATION)))
                : List.of(
                        trivial.injectClosed(constantConcurrentUsers(1).during(DURATION)),
                        visitor.injectClosed(constantConcurrentUsers(VISITORS).during(DURATION)),
                        partner.injectClosed(constantConcurrentUsers(PARTNERS).during(DURATION)),
                        admin.injectClosed(constantConcurrentUsers(ADMINS).during(DURATION)));
        setUp(populations).protocols(protocol).assertions(global().failedRequests().percent().lt(1.0));
    }
}
