package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import com.partnerportal.partners.Partners;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalProcess;

/**
 * R8.4: a form sent twice is done once. The same support request form, with its one-time key, is
 * posted at the same instant to two instances (as a load balancer retrying a POST on another
 * instance does), then once more: one request exists, and every answer sends the user to it.
 */
class FormSubmissionRaceTest {

    private static final String PASSWORD = "violet kettle harbour 2026";
    private static final Pattern KEY = Pattern.compile("name=\"_submission\" value=\"([^\"]+)\"");

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoInstances() throws Exception {
        postgres = EmbeddedPostgresConfiguration.start(null);
        first = PortalProcess.start(postgres, 2525, "--logging.level.root=WARN");
        second = PortalProcess.start(postgres, 2525, "--logging.level.root=WARN");
    }

    @AfterAll
    static void stop() throws Exception {
        second.close();
        first.close();
        postgres.close();
    }

    @Test
    void theSameSupportRequestSentToTwoInstancesAtOnceIsOpenedOnce() throws Exception {
        var company = first.getBean(Partners.class).registerCompany("Retry Partner", "CA", Set.of("retry.example"));
        String email = "riley@retry.example";
        first.getBean(Accounts.class)
                .openWithPassword(
                        NewAccount.partnerUser(email, "Riley", "Retry", company.value(), Locale.ENGLISH), PASSWORD);
        var onFirst = new HttpSession(PortalProcess.port(first));
        onFirst.logIn(email, PASSWORD);
        var page = onFirst.get("/support/new").body();
        var key = KEY.matcher(page);
        assertThat(key.find()).as("the form carries its key").isTrue();
        var onSecond = new HttpSession(PortalProcess.port(second))
                .setCookie("PORTAL_SESSION", onFirst.cookie("PORTAL_SESSION").orElseThrow());
        onSecond.get("/support/new");
        var form = Map.of(
                "category", "OTHER",
                "subject", "Sent twice at once",
                "description", "The first instance died before it answered.",
                "_submission", key.group(1));

        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<HttpResponse<String>>>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (var session : java.util.List.of(onFirst, onSecond)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return session.post("/support/new", form);
                }));
            }
            start.countDown();
            var locations = new ArrayList<String>();
            for (var answer : answers) {
                var response = answer.get();
                assertThat(response.statusCode()).isEqualTo(302);
                locations.add(response.headers().firstValue("Location").orElseThrow());
            }
            assertThat(locations.get(0)).contains("/support/requests/").isEqualTo(locations.get(1));

            var again = onSecond.post("/support/new", form);
            assertThat(again.statusCode()).as("a later repeat").isEqualTo(302);
            assertThat(again.headers().firstValue("Location")).hasValue(locations.get(0));
        }
        assertThat(requests("Sent twice at once")).isEqualTo(1);

        // A fresh form is a new request; a key posted by someone else does nothing for them.
        var fresh = KEY.matcher(onFirst.get("/support/new").body());
        assertThat(fresh.find()).isTrue();
        assertThat(fresh.group(1)).isNotEqualTo(key.group(1));
        var stranger = new HttpSession(PortalProcess.port(second));
        first.getBean(Accounts.class)
                .openWithPassword(
                        NewAccount.partnerUser("sam@retry.example", "Sam", "Stranger", company.value(), Locale.ENGLISH),
                        PASSWORD);
        stranger.logIn("sam@retry.example", PASSWORD);
        stranger.get("/support/new");
        var taken = stranger.post("/support/new", form);
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).doesNotContain("/support/requests/");
        assertThat(requests("Sent twice at once")).isEqualTo(1);
    }

    private static long requests(String subject) {
        return first.getBean(JdbcClient.class)
                .sql("SELECT count(*) FROM support_request WHERE subject = :s")
                .param("s", subject)
                .query(Long.class)
                .single();
    }
}
