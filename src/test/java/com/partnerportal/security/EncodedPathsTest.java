package com.partnerportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import partnerportal.testing.HttpSession;
import partnerportal.testing.Routes;
import partnerportal.testing.StrictPortalTest;
import partnerportal.testing.TestAccounts;

/**
 * ASVS 6.3.4 and 8.2.1: a path spelt another way — a letter percent-encoded (in either case of
 * the escape), a {@code ;parameter}, a doubled or trailing slash — gets the same security
 * decision as the plain path, or is refused. Every guarded route is taken from the handler
 * mappings, so a new one is swept without editing this test. The login throttle (R4.3) holds
 * through every spelling of {@code /login} the same way.
 */
@StrictPortalTest
class EncodedPathsTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TestAccounts testAccounts;

    @LocalServerPort
    int port;

    @Test
    void everySpellingOfAGuardedPathMeetsTheSameGuard() throws Exception {
        HttpSession adminWithoutPasskey = logIn(testAccounts.vendorAdmin());
        HttpSession partner = logIn(testAccounts.partnerUser(testAccounts.company("Encoded Paths Corp")));
        Map<String, Set<RequestMethod>> routes = guardedRoutes();
        assertThat(routes).containsKeys("/admin/users", "/admin/emails/test", "/review", "/distributor");

        adminWithoutPasskey.get("/account/passkeys"); // the CSRF token for the posts
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (var route : routes.entrySet()) {
            String plain =
                    route.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (RequestMethod method : route.getValue()) {
                for (String spelling : spellings(plain)) {
                    // The admin logged in with a password is sent to register a passkey, whatever the spelling.
                    var response = method == RequestMethod.GET
                            ? adminWithoutPasskey.get(spelling)
                            : adminWithoutPasskey.post(spelling, Map.of());
                    sent++;
                    if (!(response.statusCode() == 400 || sentToRegisterAPasskey(response))) {
                        failures.add("admin without passkey: " + method + " " + spelling + " → " + response.statusCode()
                                + " " + location(response));
                    }
                    if (method == RequestMethod.GET) {
                        // A partner user is refused the administration and the review, whatever the spelling.
                        var forPartner = partner.get(spelling);
                        sent++;
                        int status = forPartner.statusCode();
                        if (!(status == 400 || status == 403)) {
                            failures.add("partner: GET " + spelling + " → " + status + " " + location(forPartner));
                        }
                    }
                }
            }
        }
        System.out.println("Checked: " + sent + " requests to " + routes.size() + " guarded routes, spelt every way");
        assertThat(failures).isEmpty();
    }

    @Test
    void theLoginThrottleHoldsThroughEverySpellingOfTheLoginPath() throws Exception {
        String victim = testAccounts.vendorAdmin();
        var attacker = new HttpSession(port);
        // Failures through an encoded path count, and earn the delay, like failures through /login.
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(logInThrough(attacker, "/%6Cogin", victim, "wrong guess " + i));
        }
        assertThat(answers).contains("/login?error").anyMatch(answer -> answer.startsWith("/login?throttled="));

        for (String spelling : spellings("/login")) {
            String answer = logInThrough(attacker, spelling, victim, TestAccounts.PASSWORD);
            assertThat(answer)
                    .as("the right password through %s while the account is throttled", spelling)
                    .satisfiesAnyOf(
                            location -> assertThat(location).startsWith("/login?throttled="),
                            location -> assertThat(location).isEqualTo("400"),
                            // Not the login form at all (Spring Security did not authenticate it either).
                            location -> assertThat(location).endsWith("/login"));
        }
    }

    /** Every route under the administration, the distributor consoles and the review queues. */
    private Map<String, Set<RequestMethod>> guardedRoutes() {
        Map<String, Set<RequestMethod>> routes = new TreeMap<>();
        Routes.of(mappings).forEach((route, methods) -> {
            if (route.startsWith("/admin") || route.startsWith("/review") || route.startsWith("/distributor")) {
                var sent = new LinkedHashSet<>(methods);
                sent.retainAll(Set.of(RequestMethod.GET, RequestMethod.POST));
                routes.put(route, sent);
            }
        });
        return routes;
    }

    /** The path as typed, then each letter percent-encoded (upper and lower case hex), then the odd forms. */
    static Set<String> spellings(String path) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(path);
        for (int i = 0; i < path.length(); i++) {
            char letter = path.charAt(i);
            if (Character.isLetter(letter)) {
                String hex = String.format("%02X", (int) letter);
                spellings.add(path.substring(0, i) + "%" + hex + path.substring(i + 1));
                spellings.add(path.substring(0, i) + "%" + hex.toLowerCase(Locale.ROOT) + path.substring(i + 1));
            }
        }
        int secondSlash = path.indexOf('/', 1);
        String firstSegment = secondSlash < 0 ? path : path.substring(0, secondSlash);
        String rest = secondSlash < 0 ? "" : path.substring(secondSlash);
        spellings.add(firstSegment + ";jsessionid=x" + rest);
        spellings.add(firstSegment + ";" + rest);
        spellings.add("/" + path);
        spellings.add(firstSegment + "/" + rest);
        spellings.add(path + "/");
        return spellings;
    }

    private static boolean sentToRegisterAPasskey(HttpResponse<String> response) {
        return response.statusCode() == 302 && location(response).endsWith("/account/passkeys?required");
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String logInThrough(HttpSession visitor, String path, String email, String password)
            throws Exception {
        visitor.get("/login");
        var response = visitor.post(path, Map.of("email", email, "password", password));
        return response.statusCode() == 400 ? "400" : location(response).replaceFirst("^http://localhost:\\d+", "");
    }

    private HttpSession logIn(String email) throws Exception {
        var session = new HttpSession(port);
        assertThat(session.logIn(email, TestAccounts.PASSWORD)).endsWith("/");
        return session;
    }
}
