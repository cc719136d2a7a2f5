package partnerportal.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The portal's benchmark suite (issue 10): the pages users open most, measured together against a
 * running portal with the demo data ({@code bench/gatling.sh 1|3} starts one and runs this). Four
 * groups of virtual users run side by side for the same time, each group a closed loop (a user who
 * finishes is replaced at once): visitors (landing page, registration email step), partner users
 * (log in, launch the University, course list, two catalogue searches, log out), vendor admins (log
 * in, dashboard, log out) and a probe of a trivial endpoint of the same application, the yardstick
 * for the ratios {@code bench/gatling-report.sh} prints. Redirects are not followed, so that each
 * request is measured on its own. With {@code portal.arrivals} the groups arrive at fixed rates
 * after the warm-up instead (an open model).
 */
public class PortalSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("portal.url", "http://127.0.0.1:8080");
    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("portal.seconds", 60));
    /**
     * Seconds run first in the same JVM and reported apart (their requests are named "warm-up: …"): a
     * separate warm-up run would leave this JVM's own compilation to the measured seconds, where it
     * competes with the portal for the same cores.
     */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("portal.warmup", 0));
    private static final int PARTNERS = Integer.getInteger("portal.partners", 8);
    private static final int VISITORS = Integer.getInteger("portal.visitors", 4);
    private static final int ADMINS = Integer.getInteger("portal.admins", 2);
    /** {@code logins}: only partner users logging in and out, and the probe (the memory budget's load). */
    private static final String MIX = System.getProperty("portal.mix", "all");
    /**
     * Partner users arriving per second, for an open model instead of the closed loops: latency at a chosen load
     * below saturation, where a closed loop without pauses measures its own queue. The other groups arrive in the
     * proportions the closed loops settle at on one instance (4 visitors, 0.3 vendor admin and 7 probes per
     * partner user); the logins-only load has the probe and the partners.
     */
    private static final double ARRIVALS = Double.parseDouble(System.getProperty("portal.arrivals", "0"));
    /**
     * A pause between the warm-up's closed loops and the arrivals: each group's arrivals start when its own loops
     * end, and the other groups' last loops (a partner's takes a second or more at saturation) would otherwise
     * overlap the first measured second — a burst at twice the load, in the measured figures.
     */
    private static final Duration SETTLE = Duration.ofSeconds(5);

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
            // Gatling's own warm-up request goes to gatling.io; there is no outside network here, and the suite warms up.
            .disableWarmUp()
            .shareConnections();

    private static ChainBuilder logIn(String as) {
        return CoreDsl.exec(http(named("login page")).get("/login").check(csrf()))
                .exec(http(named("log in (" + as + ")"))
                        .post("/login")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("email", "#{email}")
                        .formParam("password", "#{password}")
                        .check(status().is(302), header("Location").is("/")))
                // The login redirects home; the new session has a new CSRF token.
                .exec(http(named("home, logged in")).get("/").check(status().is(200), csrf()));
    }

    private static ChainBuilder logOut() {
        return CoreDsl.exec(http(named("log out"))
                .post("/logout")
                .formParam("_csrf", "#{csrf}")
                .check(status().is(302)));
    }

    /** A request's name in the report: the same requests made during the warm-up are counted apart. */
    private static String named(String request) {
        return "#{phase}" + request;
    }

    /**
     * Names the requests of a user by when the user starts: in the warm-up or in the measured seconds, counted from
     * the first user's start (the simulation's {@code before()} runs earlier, by as long as Gatling takes to start its
     * engine: from there, the warm-up's last users were counted as measured).
     */
    private static ScenarioBuilder phased(String name) {
        return scenario(name).exec(session -> {
            long now = System.nanoTime();
            FIRST_USER_STARTED.compareAndSet(0, now);
            return session.set("phase", now - FIRST_USER_STARTED.get() < WARM_UP.toNanos() ? "warm-up: " : "");
        });
    }

    private static final AtomicLong FIRST_USER_STARTED = new AtomicLong();

    private static io.gatling.javaapi.core.CheckBuilder.Final csrf() {
        return css("input[name=_csrf]", "value").saveAs("csrf");
    }

    private static final AtomicLong VISITORS_SO_FAR = new AtomicLong();

    private static Iterator<Map<String, Object>> visitorAddresses() {
        // Addresses at a company on Sherweb's entitlement list that has not registered yet: each one
        // passes the email step and is sent on to the company step.
        return Stream.generate(() -> Map.<String, Object>of(
                        "visitor", "bench-" + VISITORS_SO_FAR.incrementAndGet() + "@laurentide-cyber.ca"))
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

    private static ScenarioBuilder trivial(String suffix) {
        return phased("trivial endpoint" + suffix)
                .exec(http(named("trivial: /actuator/health/liveness"))
                        .get("/actuator/health/liveness")
                        .header("Accept", "application/json")
                        .check(status().is(200)));
    }

    private static ScenarioBuilder visitor(String suffix) {
        return phased("visitor" + suffix)
                .feed(visitorAddresses())
                .exec(http(named("landing page")).get("/").check(status().is(200)))
                .exec(http(named("registration page")).get("/register/sherweb").check(csrf()))
                .exec(http(named("registration email step"))
                        .post("/register/sherweb")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("email", "#{visitor}")
                        .check(status().is(302), header("Location").is("/register/sherweb/company")));
    }

    private static ScenarioBuilder partner(String suffix) {
        return phased("partner user" + suffix)
                .feed(CoreDsl.listFeeder(PARTNER_ACCOUNTS).circular())
                .exec(logIn("partner"))
                .exec(http(named("University launch"))
                        .post("/university/launch")
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(302)))
                .exec(http(named("University course list"))
                        .get("/university")
                        .check(status().is(200), css("a[href^='/university/courses/']").exists()))
                .feed(searches())
                .exec(http(named("catalogue search")).get("/catalogue?q=#{words}").check(status().is(200)))
                .feed(searches())
                .exec(http(named("catalogue search")).get("/catalogue?q=#{words}").check(status().is(200), csrf()))
                .exec(logOut());
    }

    private static ScenarioBuilder loginsOnly(String suffix) {
        return phased("partner user, logins only" + suffix)
                .feed(CoreDsl.listFeeder(PARTNER_ACCOUNTS).circular())
                .exec(logIn("partner"))
                .exec(logOut());
    }

    private static ScenarioBuilder admin(String suffix) {
        return phased("vendor admin" + suffix)
                .exec(session -> session.setAll(ADMIN_ACCOUNT))
                .exec(logIn("vendor admin"))
                .exec(http(named("vendor dashboard")).get("/admin/dashboard").check(status().is(200), csrf()))
                .exec(logOut());
    }

    {
        var populations = "logins".equals(MIX)
                ? List.of(group(PortalSimulation::trivial, 1, 7), group(PortalSimulation::loginsOnly, PARTNERS, 1))
                : List.of(
                        group(PortalSimulation::trivial, 1, 7),
                        group(PortalSimulation::visitor, VISITORS, 4),
                        group(PortalSimulation::partner, PARTNERS, 1),
                        group(PortalSimulation::admin, ADMINS, 0.3));
        setUp(populations).protocols(protocol).assertions(global().failedRequests().percent().lt(1.0));
    }

    /**
     * A group of users in closed loops, that many at once; with {@code portal.arrivals}, the closed loops for the
     * warm-up only (a cold instance is several times slower: arrivals at the measured rate would pile up in front
     * of it), then users arriving at {@code perPartner} × {@code portal.arrivals} per second, at random moments as
     * people do: at even intervals the groups' arrivals met at the start of every second (a login, an administrator's
     * login and a visitor at once), and those moments made the slow requests.
     */
    private static PopulationBuilder group(Function<String, ScenarioBuilder> scenario, int users, double perPartner) {
        if (ARRIVALS <= 0) {
            return scenario.apply("").injectClosed(constantConcurrentUsers(users).during(WARM_UP.plus(DURATION)));
        }
        var rate = constantUsersPerSec(perPartner * ARRIVALS).during(DURATION).randomized();
        var arriving = scenario.apply(", arriving");
        return WARM_UP.isZero()
                ? arriving.injectOpen(rate)
                : scenario.apply("")
                        .injectClosed(constantConcurrentUsers(users).during(WARM_UP))
                        .andThen(arriving.injectOpen(nothingFor(SETTLE), rate));
    }
}
