package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.Routes;
import partnerportal.testing.TestAccounts;

/**
 * R8.3: every page state read from the query string ({@code param.error} in a
 * template, found by scanning the templates; {@code throttled}, {@code page}, {@code q} … that a
 * GET handler binds, found in the handler mappings; so a new one is covered without editing this
 * test) is rendered on every GET page, for each kind of visitor, with
 * a normal, an empty, a non-numeric, a huge and a hostile value. The answer is a page or a clear
 * 4xx, never a 5xx, and the hostile value never comes back unescaped. A redirect is not enough:
 * the throttled login once redirected correctly to a page that failed to render.
 */
@PortalTest
class PageStatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern PARAMETER = Pattern.compile("\\bparam\\.([A-Za-z][A-Za-z0-9_]*)");
    private static final String HOSTILE = "<script>alert('x')</script>\"'${7*7}[[${T(java.lang.Runtime)}]]";
    private static final List<String> VALUES =
            List.of("1", "", "soon", "99999999999999999999999999", HOSTILE, "-5", "1e9", " 12 ");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TestAccounts testAccounts;

    @LocalServerPort
    int port;

    @Test
    void everyQueryStateOfEveryPageRendersForEveryVisitor() throws Exception {
        Set<String> states = statesReadFromTheQuery();
        assertThat(states)
                .doesNotContainNull()
                .contains(
                        "throttled",
                        "error",
                        "expired",
                        "required",
                        "added",
                        "activated",
                        "loggedOut",
                        "passwordReset");

        var distributor = testAccounts.distributor();
        Map<String, HttpSession> visitors = new LinkedHashMap<>();
        visitors.put("anonymous", new HttpSession(port));
        visitors.put("partner", logIn(testAccounts.partnerUser(testAccounts.company("Page States Corp"))));
        visitors.put("reviewer", logIn(testAccounts.distributorReviewer(distributor)));
        visitors.put("vendor admin", logIn(testAccounts.vendorAdmin()));

        List<String> failures = new ArrayList<>();
        int rendered = 0;
        for (String page : pages()) {
            for (String value : VALUES) {
                String query = states.stream()
                        .map(state -> state + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
                for (var visitor : visitors.entrySet()) {
                    var response = visitor.getValue().get(page + "?" + query);
                    rendered++;
                    if (response.statusCode() >= 500) {
                        failures.add(
                                visitor.getKey() + " " + page + " with «" + value + "» → " + response.statusCode());
                    } else if (response.body().contains("<script>alert")) {
                        failures.add(visitor.getKey() + " " + page + " with «" + value + "» reflects it unescaped");
                    }
                }
            }
        }
        System.out.println("Checked: " + rendered + " renderings of " + states.size() + " query states");
        assertThat(failures).isEmpty();
    }

    @Test
    void theThrottledLoginPageSaysHowLongToWaitInTheVisitorsLanguage() throws Exception {
        var visitor = new HttpSession(port);
        // The longest delay in tests is 1.5 s: nobody is told to wait longer than that, rounded up.
        assertThat(visitor.get("/login?throttled=1").body())
                .contains("Too many attempts. Wait 1 second, then try again.");
        assertThat(visitor.get("/login?throttled=2").body()).contains("Wait 2 seconds, then try again.");
        assertThat(visitor.get("/login?throttled=").body()).contains("Wait 2 seconds");
        assertThat(visitor.get("/login?throttled=9999999999999").body()).contains("Wait 2 seconds");
        assertThat(visitor.get("/login?throttled=2&lang=fr").body())
                .contains("Trop de tentatives. Patientez 2 secondes, puis réessayez.");
    }

    private Set<String> pages() {
        Set<String> pages = new TreeSet<>();
        Routes.of(mappings).forEach((route, methods) -> {
            if (methods.contains(RequestMethod.GET)
                    && !route.contains("{")
                    && !route.startsWith("/api/")
                    && !route.startsWith("/v3/")
                    && !route.startsWith("/swagger")
                    && !route.equals("/error")) {
                pages.add(route);
            }
        });
        assertThat(pages).contains("/", "/login", "/account/passkeys", "/admin/emails");
        return pages;
    }

    private Set<String> statesReadFromTheQuery() {
        Set<String> states = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            files.filter(file -> file.toString().endsWith(".html")).forEach(file -> {
                try {
                    Matcher found = PARAMETER.matcher(Files.readString(file));
                    while (found.find()) {
                        states.add(found.group(1));
                    }
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            });
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                for (var parameter : handler.getMethodParameters()) {
                    var bound = parameter.getParameterAnnotation(RequestParam.class);
                    if (bound != null) {
                        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                        states.add(bound.name().isEmpty() ? parameter.getParameterName() : bound.name());
                    }
                }
            }
        });
        return states;
    }

    private HttpSession logIn(String email) throws Exception {
        var session = new HttpSession(port);
        assertThat(session.logIn(email, TestAccounts.PASSWORD)).endsWith("/");
        return session;
    }
}
