package com.partnerportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** Sessions live in PostgreSQL and end when the account is disabled or its password changes (ASVS 7.4). */
@PortalTest
class SessionLifecycleTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Autowired
    ServletRequestListener betweenRequests;

    @Autowired
    ServletContext servletContext;

    @Test
    void theSessionARequestHasJustSavedIsNotReadBackButEveryOtherReadGoesToTheStore() throws Exception {
        readsAfterSave(sessions);
    }

    private <S extends Session> void readsAfterSave(FindByIndexNameSessionRepository<S> store) throws Exception {
        S session = store.createSession();
        session.setAttribute("probe", "saved");
        store.save(session);
        jdbc.sql("DELETE FROM spring_session WHERE session_id = :id")
                .param("id", session.getId())
                .update();
        assertThat(store.findById(session.getId()))
                .as("the filter's read right after its save")
                .isSameAs(session);
        assertThat(store.findById(session.getId()))
                .as("the next read is PostgreSQL's")
                .isNull();

        S kept = store.createSession();
        store.save(kept);
        jdbc.sql("DELETE FROM spring_session WHERE session_id = :id")
                .param("id", kept.getId())
                .update();
        // The filter reads back only when the request did not resolve its session; Tomcat may then serve the
        // next request of the kept-alive connection on this thread.
        betweenRequests.requestDestroyed(new ServletRequestEvent(servletContext, new MockHttpServletRequest()));
        assertThat(store.findById(kept.getId()))
                .as("the next request on the same thread reads the store")
                .isNull();

        S other = store.createSession();
        store.save(other);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            S elsewhere = executor.submit(() -> store.findById(other.getId())).get();
            assertThat(elsewhere)
                    .as("another request reads the store")
                    .isNotNull()
                    .isNotSameAs(other);
        }
        store.deleteById(other.getId());
    }

    @Test
    void aSessionNothingChangedIsNotSavedButAChangedOneIs() throws Exception {
        String user = testAccounts.partnerUser(testAccounts.company("Unsaved Sessions Inc"));
        // The first page after the login gives the session its CSRF token: saved.
        var session = loggedInWithAPageSeen(user);
        // A principal name the store's conditional update would put back, if it ran.
        jdbc.sql("UPDATE spring_session SET principal_name = :marker WHERE principal_name = :user")
                .param("marker", "marker:" + user)
                .param("user", user)
                .update();
        assertThat(session.get("/catalogue").statusCode()).isEqualTo(200);
        assertThat(principalNames("marker:" + user))
                .as("nothing changed: not saved")
                .isEqualTo(1);

        movePastLastAccess("marker:" + user, 2);
        assertThat(session.get("/catalogue").statusCode()).isEqualTo(200);
        assertThat(principalNames(user))
                .as("the last access moved enough: saved")
                .isEqualTo(1);

        String id = jdbc.sql("SELECT session_id FROM spring_session WHERE principal_name = :user")
                .param("user", user)
                .query(String.class)
                .single();
        attributeSaved(sessions, id);
    }

    private <S extends Session> void attributeSaved(FindByIndexNameSessionRepository<S> store, String id)
            throws Exception {
        S read = store.findById(id);
        read.setAttribute("probe", "changed");
        store.save(read);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            S again = executor.submit(() -> store.findById(id)).get();
            assertThat(again.<String>getAttribute("probe"))
                    .as("an attribute set: saved")
                    .isEqualTo("changed");
        }
    }

    private long principalNames(String name) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    @Test
    void aPageViewWritesTheSessionRowOnlyWhenTheLastAccessMovedEnoughAndIdleSessionsStillEnd() throws Exception {
        String user = testAccounts.partnerUser(testAccounts.company("Quiet Sessions Inc"));
        var session = loggedInWithAPageSeen(user);
        String version = rowVersion(user);

        assertThat(session.get("/catalogue").statusCode()).isEqualTo(200);
        assertThat(session.get("/university").statusCode()).isEqualTo(200);
        assertThat(rowVersion(user))
                .as("a page view a moment later writes nothing")
                .isEqualTo(version);

        movePastLastAccess(user, 2);
        String moved = rowVersion(user);
        long before = System.currentTimeMillis();
        assertThat(session.get("/catalogue").statusCode()).isEqualTo(200);
        assertThat(rowVersion(user))
                .as("two minutes later the access is recorded")
                .isNotEqualTo(moved);
        assertThat(jdbc.sql("SELECT last_access_time FROM spring_session WHERE principal_name = :user")
                        .param("user", user)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(before - 1_000);

        movePastLastAccess(user, 31);
        assertThat(session.get("/catalogue").headers().firstValue("Location"))
                .as("idle for longer than the 30-minute timeout")
                .hasValueSatisfying(to -> assertThat(to).contains("/login"));
    }

    private HttpSession loggedInWithAPageSeen(String user) throws Exception {
        var session = new HttpSession(port);
        session.logIn(user, TestAccounts.PASSWORD);
        assertThat(session.get("/catalogue").statusCode()).isEqualTo(200);
        return session;
    }

    private String rowVersion(String user) {
        return jdbc.sql("SELECT xmin::text FROM spring_session WHERE principal_name = :user")
                .param("user", user)
                .query(String.class)
                .single();
    }

    private void movePastLastAccess(String user, int minutes) {
        jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - :millis,"
                        + " expiry_time = expiry_time - :millis WHERE principal_name = :user")
                .param("millis", minutes * 60_000L)
                .param("user", user)
                .update();
    }

    @Test
    void manyTabsOpenedAtOnceJustAfterLoginAllLoad() throws Exception {
        var session = new HttpSession(port);
        session.logIn(testAccounts.partnerUser(testAccounts.company("Many Tabs Inc")), TestAccounts.PASSWORD);
        // Each page adds the session's first CSRF token: 32 requests race to insert the same attribute.
        List<Future<Integer>> tabs = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < 32; i++) {
                tabs.add(pool.submit(() -> session.getBytes("/catalogue").statusCode()));
            }
            for (var tab : tabs) {
                assertThat(tab.get()).isEqualTo(200);
            }
        }
    }

    @Test
    void disablingAUserEndsTheirSessionsAndKeepsThemOut() throws Exception {
        var user = testAccounts.partnerUser(testAccounts.company("Sessions SA"));
        var userSession = new HttpSession(port);
        assertThat(userSession.logIn(user, TestAccounts.PASSWORD)).endsWith("/");
        assertThat(userSession.get("/account/password").statusCode()).isEqualTo(200);

        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        var found = admin.get("/admin/users?q=" + user);
        String id = found.body().replaceAll("(?s).*href=\"/admin/users/([0-9a-f-]{36})\".*", "$1");
        admin.get("/admin/users/" + id);
        assertThat(admin.post("/admin/users/" + id + "/disable", Map.of()).statusCode())
                .isEqualTo(302);

        var after = userSession.get("/account/password");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(new HttpSession(port).logIn(user, TestAccounts.PASSWORD)).endsWith("/login?error");
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        var user = testAccounts.partnerUser(testAccounts.company("Two Laptops SARL"));
        var laptop = new HttpSession(port);
        var phone = new HttpSession(port);
        laptop.logIn(user, TestAccounts.PASSWORD);
        phone.logIn(user, TestAccounts.PASSWORD);

        laptop.get("/account/password");
        String newPassword = "a brand new passphrase for 2027";
        var changed = laptop.post(
                "/account/password",
                Map.of("current", TestAccounts.PASSWORD, "password", newPassword, "confirmation", newPassword));
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/account/password");

        assertThat(laptop.get("/account/password").statusCode()).isEqualTo(200);
        assertThat(phone.get("/account/password").statusCode()).isEqualTo(302);
    }

    @Test
    void theCurrentPasswordIsCheckedBeforeAChange() throws Exception {
        var user = testAccounts.partnerUser(testAccounts.company("Careful GmbH"));
        var session = new HttpSession(port);
        session.logIn(user, TestAccounts.PASSWORD);
        session.get("/account/password");
        String newPassword = "another fine passphrase here";
        var refused = session.post(
                "/account/password",
                Map.of("current", "not my password at all", "password", newPassword, "confirmation", newPassword));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("The current password is not correct.");
        assertThat(new HttpSession(port).logIn(user, TestAccounts.PASSWORD)).endsWith("/");
    }
}
