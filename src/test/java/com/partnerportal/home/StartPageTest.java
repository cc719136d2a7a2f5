package com.partnerportal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.partnerportal.catalogue.Audience;
import com.partnerportal.catalogue.NewResource;
import com.partnerportal.catalogue.ResourceType;
import com.partnerportal.catalogue.Resources;
import com.partnerportal.partners.Partners;
import com.partnerportal.university.Courses;
import com.partnerportal.university.Track;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.RegistrationSteps;
import partnerportal.testing.StatementCounter;
import partnerportal.testing.TestAccounts;

/**
 * The start page after login (R4.1, R5, R6, R7.1, R3.8): each person sees what they come back for,
 * from the data, in at most ten SQL statements for the whole page (session and security included).
 */
@PortalTest
// MockMvc's user() puts a test security-context repository into the application's filter chain.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StartPageTest {

    private static final int QUERY_BUDGET = 10;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Partners partners;

    @Autowired
    Courses courses;

    @Autowired
    Resources resources;

    @LocalServerPort
    int port;

    @Test
    void aPartnerWithASeatSeesTheirCourseWhatIsNewAndTheirRequests() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String slug = "start-" + tag;
        UUID course = courses.publish(slug, Track.TECHNICAL, "Deploy " + tag, "Déployer " + tag, "D", "D", 30);
        courses.addLesson(course, "One", "Un", "First.", "Premier.");
        courses.addLesson(course, "Two", "Deux", "Second.", "Deuxième.");
        resources.publishLink(new NewResource(
                "Ransomware battlecard " + tag,
                "How to win.",
                ResourceType.BATTLECARD,
                Audience.SALES,
                "en",
                List.of(),
                LocalDate.now(),
                "https://example.com/" + tag));
        String email = testAccounts.partnerUser(testAccounts.company("Start Page Seat " + tag));
        var partner = new HttpSession(port);
        partner.logIn(email, TestAccounts.PASSWORD);
        partner.get("/university");
        partner.post("/university/launch", Map.of());
        partner.get("/university/courses/" + slug);
        partner.post("/university/courses/" + slug + "/enrol", Map.of());
        partner.get("/support/new");
        partner.post(
                "/support/new",
                Map.of("category", "OTHER", "subject", "Where is the price list " + tag, "description", "Thanks."));

        assertThat(startPage(email))
                .contains("You hold technical seat 1 of 5: every track is open to you.")
                .contains("Deploy " + tag)
                .contains("0 of 2 lessons done")
                .contains("Ransomware battlecard " + tag)
                .contains("Where is the price list " + tag)
                .contains("1 open request.");
    }

    @Test
    void aPartnerWithoutASeatIsToldWhatIsOpenToThem() throws Exception {
        var company = testAccounts.company("Start Page No Seat");
        partners.setTechnicalSeatLimit(company, 0, "test");
        String email = testAccounts.partnerUser(company);
        var partner = new HttpSession(port);
        partner.logIn(email, TestAccounts.PASSWORD);
        partner.get("/university");
        partner.post("/university/launch", Map.of());

        assertThat(startPage(email))
                .contains("No technical seat for you (0 of 0 taken)")
                .contains("No course in progress.")
                .contains("No open request.");

        String notLaunched = testAccounts.partnerUser(company);
        assertThat(startPage(notLaunched)).contains("Open the Partner University");
    }

    @Test
    void aReviewerSeesTheRequestsWaitingForThemOldestFirst() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        var distributor = partners.registerDistributor("start-" + tag, "Start " + tag, null);
        String first = "first@waiting-" + tag + ".com";
        String second = "second@later-" + tag + ".com";
        RegistrationSteps.apply(port, "start-" + tag, first, Map.of("companyName", "Waiting One", "country", "CA"));
        RegistrationSteps.apply(port, "start-" + tag, second, Map.of("companyName", "Waiting Two", "country", "CA"));

        String page = startPage(testAccounts.distributorReviewer(distributor));
        assertThat(page)
                .contains("2 access requests wait for you, the oldest first:")
                .contains(first);
        assertThat(page.indexOf(first)).isLessThan(page.indexOf(second));
        assertThat(page)
                .contains("Your entitlement list, partners and API keys")
                .doesNotContain("Support queue:");
    }

    @Test
    void aVendorAdminSeesTheVendorsQueuesAndShortcuts() throws Exception {
        assertThat(startPage(testAccounts.vendorAdmin()))
                .contains("Review queue")
                .containsPattern("Support queue: (nothing open|1 open request|\\d+ open requests)")
                .containsPattern("Emails: (none failed|1 failed|\\d+ failed)")
                .contains("Audit trail");
    }

    /** The start page as this user sees it, held to the query budget. */
    private String startPage(String email) throws Exception {
        var user = users.loadUserByUsername(email);
        long before = StatementCounter.onThisThread();
        var result = mvc.perform(get("/").with(user(user)).header("Accept-Language", "en"))
                .andReturn();
        long statements = StatementCounter.onThisThread() - before;
        System.out.println("Checked: start page of " + email + " in " + statements + " SQL statements");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(statements).as("SQL statements for the whole page").isLessThanOrEqualTo(QUERY_BUDGET);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
