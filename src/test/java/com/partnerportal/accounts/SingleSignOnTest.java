package com.partnerportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.partnerportal.accounts.internal.IdentityProviderForm;
import com.partnerportal.accounts.internal.IdentityProviders;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.Mailbox;
import partnerportal.testing.PortalTest;
import partnerportal.testing.SignOnSteps;
import partnerportal.testing.TestAccounts;
import partnerportal.testing.TestIdentityProvider;

/**
 * R11.2, R11.3: single sign-on with a real OpenID Connect provider (Spring Security's authorization
 * server on its own port): connecting it, the full authorization-code flow through the portal, and
 * every refusal — each leaves no account behind and says why on the login page.
 */
@PortalTest
class SingleSignOnTest {

    private static final String PASSWORD = "idp password 2026";

    static TestIdentityProvider provider;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Partners partners;

    @Autowired
    Accounts accounts;

    @Autowired
    IdentityProviders identityProviders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail greenMail;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startProvider() {
        provider = TestIdentityProvider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @BeforeEach
    void allowThisPortal() {
        provider.allowPortal("http://localhost:" + port).signWithRogueKey(false).claimIssuer(null);
    }

    @Test
    void aVendorAdminTestsAndConnectsAProviderWhoseSecretIsNeverShownNorStoredInClear() throws Exception {
        var company = testAccounts.company("Connected " + UUID.randomUUID());
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        admin.get("/admin/identity-providers");
        var form = form(company.value().toString(), provider.issuer(), "");

        var tested = admin.post("/admin/identity-providers", with(form, "action", "test"));
        assertThat(tested.statusCode()).isEqualTo(200);
        assertThat(tested.body()).contains("The connection works").doesNotContain(provider.clientSecret());
        assertThat(providerCount(company)).as("testing saves nothing").isZero();

        var connected = admin.post("/admin/identity-providers", with(form, "action", "connect"));
        assertThat(connected.statusCode()).isEqualTo(302);
        String page = connected.headers().firstValue("Location").orElseThrow();
        var shown = admin.get(page);
        assertThat(shown.body())
                .contains("The identity provider is connected.")
                .contains(provider.issuer())
                .doesNotContain(provider.clientSecret());
        byte[] stored = jdbc.sql("SELECT client_secret FROM identity_provider WHERE company_id = :c")
                .param("c", company.value())
                .query(byte[].class)
                .single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(provider.clientSecret());
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE action = 'identity-provider.connected'"
                                + " AND target_id = :id")
                        .param("id", page.substring(page.lastIndexOf('/') + 1))
                        .query(String.class)
                        .single())
                .contains(provider.issuer())
                .doesNotContain(provider.clientSecret());

        var again = admin.post("/admin/identity-providers", with(form, "action", "connect"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("already has an identity provider");
    }

    @Test
    void aProviderThatCannotBeReachedOrIsNotPublicIsRefusedAndNothingIsSaved() throws Exception {
        var company = testAccounts.company("Unreachable " + UUID.randomUUID());
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        admin.get("/admin/identity-providers");
        int closed = partnerportal.testing.PortalProcess.freePort();
        Map<String, String> refusals = Map.of(
                "http://localhost:" + closed,
                "could not be reached",
                "https://10.1.2.3/realms/x",
                "private, local or reserved",
                "http://93.184.215.14/realms/x",
                "must start with https://",
                provider.issuer() + "/elsewhere",
                "could not be reached",
                "not a url",
                "Enter the provider");
        for (var refusal : refusals.entrySet()) {
            var answer = admin.post(
                    "/admin/identity-providers",
                    with(form(company.value().toString(), refusal.getKey(), ""), "action", "connect"));
            assertThat(answer.statusCode()).as(refusal.getKey()).isEqualTo(200);
            assertThat(answer.body()).as(refusal.getKey()).contains(refusal.getValue());
        }
        assertThat(providerCount(company)).isZero();
    }

    @Test
    void theFirstSignOnOpensTheAccountInTheCompanyAndTheSecondUsesIt() throws Exception {
        var company = testAccounts.company("Signing On " + UUID.randomUUID());
        String administrator = testAccounts.partnerUser(company);
        connect(company);
        String email = "alice." + UUID.randomUUID().toString().substring(0, 8) + "@" + domainOf(company);
        provider.verifiedUser(email, PASSWORD, "Alice", "Sso");

        var visitor = new HttpSession(port);
        String toProvider = SignOnSteps.identify(visitor, email);
        assertThat(toProvider).startsWith("/oauth2/authorization/").contains("login_hint=");
        assertThat(SignOnSteps.deliver(visitor, SignOnSteps.callbackAfterLogin(visitor, toProvider, email, PASSWORD)))
                .isEqualTo("/");
        assertThat(visitor.get("/").body()).contains("Welcome, Alice Sso");
        var account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.companyId()).isEqualTo(company.value());
        assertThat(account.role().name()).isEqualTo("PARTNER_USER");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'account.signed-on' AND target_id = :id")
                        .param("id", account.id().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> Mailbox.to(greenMail, administrator).stream()
                        .anyMatch(message -> subject(message).contains("a colleague joined by single sign-on")));

        var later = new HttpSession(port);
        assertThat(SignOnSteps.signOn(later, email, PASSWORD)).isEqualTo("/");
        assertThat(later.get("/").body()).contains("Welcome, Alice Sso");
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE email = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var loggedOut = later.post("/logout", Map.of());
        assertThat(loggedOut.headers().firstValue("Location").orElseThrow())
                .as("RP-initiated logout at the provider when it offers one, else the portal's page")
                .satisfiesAnyOf(
                        location -> assertThat(location).startsWith(provider.issuer()),
                        location -> assertThat(location).endsWith("/?loggedOut"));
        assertThat(later.get("/company").statusCode())
                .as("the portal session ended")
                .isEqualTo(302);

        var colleagueKeepsASession = new HttpSession(port);
        assertThat(SignOnSteps.signOn(colleagueKeepsASession, email, PASSWORD)).isEqualTo("/");
        var admin = new HttpSession(port);
        admin.logIn(administrator, TestAccounts.PASSWORD);
        admin.get("/company");
        assertThat(admin.post("/company/users/" + account.id() + "/disable", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(colleagueKeepsASession.get("/").body())
                .as("a disabled colleague's single sign-on session ends at once (R11.1)")
                .doesNotContain("Welcome, Alice Sso");
    }

    @Test
    void theEmailStepTellsNothingAboutAccountsOnlyWhetherTheDomainHasSingleSignOn() throws Exception {
        var company = testAccounts.company("No SSO " + UUID.randomUUID());
        String known = testAccounts.partnerUser(company);
        String unknown = "nobody." + UUID.randomUUID().toString().substring(0, 8) + "@" + domainOf(company);
        var pages = new java.util.ArrayList<String>();
        for (String email : java.util.List.of(known, unknown)) {
            var visitor = new HttpSession(port);
            visitor.get("/login");
            var answer = visitor.post("/login/identify", Map.of("email", email));
            assertThat(answer.statusCode()).isEqualTo(200);
            pages.add(answer.body()
                    .replace(email, "EMAIL")
                    .replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "")
                    .replaceAll("data-csrf-token=\"[^\"]+\"", ""));
        }
        assertThat(pages.get(0))
                .as("a known and an unknown address get the same page")
                .isEqualTo(pages.get(1));
    }

    @Test
    void theVendorsStaffSignOnIntoTheirExistingAccountsOnlyAndKeepTheirPasswords() throws Exception {
        String domain = "staff-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String staff = "ada@" + domain;
        accounts.openWithPassword(
                NewAccount.vendorAdmin(staff, "Ada", "Staff", java.util.Locale.ENGLISH), TestAccounts.PASSWORD);
        provider.verifiedUser(staff, PASSWORD, "Ada", "Staff");
        String stranger = "stranger@" + domain;
        provider.verifiedUser(stranger, PASSWORD, "Stan", "Stranger");
        var vendorForm = vendorStaff(domain, false);
        assertThatThrownBy(() -> identityProviders.connect(vendorForm, "test"))
                .isInstanceOf(com.partnerportal.shared.FormRefusedException.class)
                .extracting(refused -> ((com.partnerportal.shared.FormRefusedException) refused).errors())
                .isEqualTo(Map.of("passwordsAllowed", "sso.passwords.vendorKeep"));
        identityProviders.connect(vendorStaff(domain, true), "test");

        var member = new HttpSession(port);
        assertThat(SignOnSteps.signOn(member, staff, PASSWORD)).isEqualTo("/");
        assertThat(member.get("/admin/identity-providers").statusCode()).isEqualTo(200);
        var outsider = new HttpSession(port);
        assertRefused(outsider, SignOnSteps.signOn(outsider, stranger, PASSWORD), "unknown-staff", "no vendor account");
        assertThat(accounts.exists(stranger)).isFalse();
    }

    @Test
    void anAddressOutsideTheCompanysDomainsIsRefused() throws Exception {
        var company = testAccounts.company("Outside " + UUID.randomUUID());
        connect(company);
        String outsider = "mallory." + UUID.randomUUID().toString().substring(0, 8) + "@elsewhere.example";
        provider.verifiedUser(outsider, PASSWORD, "Mallory", "Outside");
        var visitor = new HttpSession(port);
        String toProvider = SignOnSteps.identify(visitor, "someone@" + domainOf(company));
        String refused =
                SignOnSteps.deliver(visitor, SignOnSteps.callbackAfterLogin(visitor, toProvider, outsider, PASSWORD));
        assertRefused(visitor, refused, "outside-domains", "outside your company's domains");
        assertThat(accounts.exists(outsider)).isFalse();
    }

    @Test
    void anUnverifiedEmailIsRefused() throws Exception {
        var company = testAccounts.company("Unverified " + UUID.randomUUID());
        connect(company);
        String email = "victor." + UUID.randomUUID().toString().substring(0, 8) + "@" + domainOf(company);
        provider.user(email, PASSWORD, Map.of("email", email, "email_verified", false, "given_name", "Victor"));
        var visitor = new HttpSession(port);
        assertRefused(visitor, SignOnSteps.signOn(visitor, email, PASSWORD), "email-unverified", "has not verified");
        assertThat(accounts.exists(email)).isFalse();
    }

    @Test
    void aDisabledAccountStaysDisabled() throws Exception {
        var company = testAccounts.company("Disabled " + UUID.randomUUID());
        testAccounts.partnerUser(company);
        String leaver = testAccounts.partnerUser(company);
        jdbc.sql("UPDATE account SET enabled = false WHERE email = :e")
                .param("e", leaver)
                .update();
        connect(company);
        provider.verifiedUser(leaver, PASSWORD, "Paul", "Partner");
        var visitor = new HttpSession(port);
        assertRefused(
                visitor, SignOnSteps.signOn(visitor, leaver, PASSWORD), "account-disabled", "account is disabled");
        assertThat(accounts.findByEmail(leaver).orElseThrow().enabled()).isFalse();
    }

    @Test
    void aTamperedStateAndAReplayedAnswerAreRefused() throws Exception {
        var company = testAccounts.company("Tampered " + UUID.randomUUID());
        connect(company);
        String email = "tess." + UUID.randomUUID().toString().substring(0, 8) + "@" + domainOf(company);
        provider.verifiedUser(email, PASSWORD, "Tess", "Tamper");

        var visitor = new HttpSession(port);
        String callback =
                SignOnSteps.callbackAfterLogin(visitor, SignOnSteps.identify(visitor, email), email, PASSWORD);
        String tampered = callback.replaceFirst("state=([^&]+)", "state=$1x");
        assertRefused(visitor, SignOnSteps.deliver(visitor, tampered), "invalid-state", "could not be matched");
        assertThat(accounts.exists(email)).isFalse();

        var replaying = new HttpSession(port);
        String answer =
                SignOnSteps.callbackAfterLogin(replaying, SignOnSteps.identify(replaying, email), email, PASSWORD);
        var attacker = new HttpSession(port);
        attacker.get("/login");
        assertRefused(attacker, SignOnSteps.deliver(attacker, answer), "invalid-state", "another browser");
        assertThat(SignOnSteps.deliver(replaying, answer)).isEqualTo("/");
        assertThat(SignOnSteps.deliver(replaying, answer))
                .as("an answer is used once")
                .isEqualTo("/login?sso=invalid-state");
    }

    @Test
    void anIdTokenNamingAnotherIssuerOrSignedByAnotherKeyIsRefused() throws Exception {
        var company = testAccounts.company("Forged " + UUID.randomUUID());
        connect(company);
        String email = "fred." + UUID.randomUUID().toString().substring(0, 8) + "@" + domainOf(company);
        provider.verifiedUser(email, PASSWORD, "Fred", "Forged");

        provider.claimIssuer("http://localhost:1/impostor");
        var wrongIssuer = new HttpSession(port);
        assertRefused(
                wrongIssuer, SignOnSteps.signOn(wrongIssuer, email, PASSWORD), "invalid-token", "security checks");

        provider.claimIssuer(null).signWithRogueKey(true);
        var rogue = new HttpSession(port);
        assertRefused(rogue, SignOnSteps.signOn(rogue, email, PASSWORD), "invalid-token", "security checks");
        assertThat(accounts.exists(email)).isFalse();
    }

    @Test
    void aProviderThatGoesDownDuringTheSignOnGivesAClearPage() throws Exception {
        var company = testAccounts.company("Down " + UUID.randomUUID());
        String email = "dora." + UUID.randomUUID().toString().substring(0, 8) + "@" + domainOf(company);
        var visitor = new HttpSession(port);
        String callback;
        try (var failing = TestIdentityProvider.start()) {
            failing.allowPortal("http://localhost:" + port).verifiedUser(email, PASSWORD, "Dora", "Down");
            connect(company, failing, true);
            callback = SignOnSteps.callbackAfterLogin(visitor, SignOnSteps.identify(visitor, email), email, PASSWORD);
        }
        assertRefused(visitor, SignOnSteps.deliver(visitor, callback), "provider-unavailable", "could not be reached");
        assertThat(accounts.exists(email)).isFalse();
    }

    @Test
    void aCompanyWithPasswordsOffSignsOnOnlyAndOthersGoOnToThePassword() throws Exception {
        var company = testAccounts.company("No Passwords " + UUID.randomUUID());
        String user = testAccounts.partnerUser(company);
        var before = new HttpSession(port);
        assertThat(before.logIn(user, TestAccounts.PASSWORD)).doesNotContain("error");

        connect(company, provider, false);
        var after = new HttpSession(port);
        assertThat(after.logIn(user, TestAccounts.PASSWORD)).endsWith("/login?error");
        assertThat(SignOnSteps.identify(after, user)).startsWith("/oauth2/authorization/");

        var forgetful = new HttpSession(port);
        forgetful.get("/account/reset");
        assertThat(forgetful.post("/account/reset", Map.of("email", user)).statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> Mailbox.to(greenMail, user).stream()
                        .anyMatch(message -> subject(message).contains("log in with your company's sign-in")));
        assertThat(Mailbox.to(greenMail, user).stream().map(Mailbox::text))
                .as("no reset link: there is no password to reset (R11.2)")
                .noneMatch(text -> text.contains("/account/reset/confirm"));

        var other = new HttpSession(port);
        other.get("/login");
        var passwordStep = other.post("/login/identify", Map.of("email", "someone@no-sso.example"));
        assertThat(passwordStep.statusCode())
                .as("no single sign-on: the password step")
                .isEqualTo(200);
        assertThat(passwordStep.body()).contains("name=\"password\"").contains("someone@no-sso.example");
    }

    private static IdentityProviderForm vendorStaff(String domain, boolean passwordsAllowed) {
        return provider.connection(IdentityProviderForm.VENDOR, passwordsAllowed, domain);
    }

    private void connect(CompanyId company) {
        connect(company, provider, true);
    }

    private void connect(CompanyId company, TestIdentityProvider at, boolean passwordsAllowed) {
        identityProviders.connect(at.connection(company.value().toString(), passwordsAllowed, ""), "test");
    }

    private static Map<String, String> form(String owner, String issuer, String domains) {
        var form = new HashMap<String, String>();
        form.put("owner", owner);
        form.put("issuer", issuer);
        form.put("clientId", TestIdentityProvider.CLIENT_ID);
        form.put("clientSecret", provider.clientSecret());
        form.put("scopes", "openid email profile");
        form.put("emailClaim", "email");
        form.put("emailMustBeVerified", "true");
        form.put("passwordsAllowed", "true");
        form.put("domains", domains);
        return form;
    }

    private static Map<String, String> with(Map<String, String> form, String name, String value) {
        var copy = new HashMap<>(form);
        copy.put(name, value);
        return copy;
    }

    private long providerCount(CompanyId company) {
        return jdbc.sql("SELECT count(*) FROM identity_provider WHERE company_id = :c")
                .param("c", company.value())
                .query(Long.class)
                .single();
    }

    private String domainOf(CompanyId company) {
        return partners.company(company).orElseThrow().domains().iterator().next();
    }

    private static void assertRefused(HttpSession visitor, String location, String refusal, String message)
            throws Exception {
        assertThat(location).isEqualTo("/login?sso=" + refusal);
        var page = visitor.get(location);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().replace("&#39;", "'"))
                .contains("Single sign-on did not log you in.")
                .contains(message);
        assertThat(visitor.get("/company").statusCode()).as("not logged in").isEqualTo(302);
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
