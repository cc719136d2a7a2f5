package com.partnerportal.deals;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * R9.1–R9.4 and R9.6 over HTTP: a partner registers, its distributor and the vendor approve; a
 * second partner of another distributor registers the same customer: the vendor sees the conflict
 * and is refused the approval; nobody outside a registration's partner, distributor or the vendor
 * sees it, and the second partner never learns who else registered.
 */
@PortalTest
class DealFlowTest {

    private static final Pattern DEAL = Pattern.compile("/deals/([0-9a-f-]{36})");

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private String product;
    private String customerDomain;

    @BeforeEach
    void products() {
        product = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO deal_product (id, name) VALUES (:id, :name)")
                .param("id", UUID.fromString(product))
                .param("name", "Singularity " + product.substring(0, 8))
                .update();
        customerDomain = "acme-" + product.substring(0, 8) + ".com";
    }

    @Test
    void twoPartnersRegisterOneCustomerAndTheFirstApprovalHoldsIt() throws Exception {
        var first = partnerOf("Bastion IT");
        var second = partnerOf("Nordic Secure");

        String mine = register(first.session(), "Acme Corp", "https://eu." + customerDomain);
        first.session().get("/deals/" + mine);
        assertThat(first.session().get("/deals/" + mine).body()).contains("Submitted");

        first.reviewer().get("/deals/" + mine);
        decide(first.reviewer(), mine, "distributor-approve");
        var vendor = new HttpSession(port);
        vendor.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        vendor.get("/deals/" + mine);
        decide(vendor, mine, "approve");
        assertThat(first.session().get("/deals/" + mine).body())
                .contains("Approved")
                .contains("Protected until");

        String theirs = register(second.session(), "ACME Corporation Inc.", customerDomain);
        assertThat(second.session().get("/deals/" + theirs).body())
                .contains("needs review")
                .doesNotContain(first.companyName())
                .doesNotContain("Conflicts");
        second.reviewer().get("/deals/" + theirs);
        decide(second.reviewer(), theirs, "distributor-approve");
        assertThat(vendor.get("/deals/" + theirs).body())
                .contains("Conflicts")
                .contains(first.companyName())
                .contains("Approved");
        decide(vendor, theirs, "approve");
        assertThat(vendor.get("/deals/" + theirs).body())
                .contains("another approved registration already holds this customer")
                .contains("With the vendor");

        // R9.6: another company, another distributor: not found, in the page and its actions.
        assertThat(second.session().get("/deals/" + mine).statusCode()).isEqualTo(404);
        assertThat(second.reviewer().get("/deals/" + mine).statusCode()).isEqualTo(404);
        assertThat(second.session()
                        .post("/deals/" + mine + "/withdraw", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(second.session().get("/deals").body()).doesNotContain(first.companyName());
        assertThat(first.session().get("/deals/" + mine).body()).contains("Approved");
    }

    @Test
    void aCustomerThatIsItselfAPartnerIsFlaggedToReviewersOnly() throws Exception {
        var registrant = partnerOf("Flagging Partner");
        var customer = partnerOf("Partner Customer");
        String customerDomain = partners.company(customer.company())
                .orElseThrow()
                .domains()
                .iterator()
                .next();
        String deal = register(registrant.session(), "Partner Customer", "https://" + customerDomain);
        var vendor = new HttpSession(port);
        vendor.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        assertThat(vendor.get("/deals/" + deal).body())
                .contains("The customer is itself a partner company: " + customer.companyName());
        assertThat(registrant.session().get("/deals/" + deal).body()).doesNotContain("itself a partner company");
    }

    @Test
    void aDistributorRegistersForOneOfItsPartnersOnlyAndTheVendorReviewsNext() throws Exception {
        var partner = partnerOf("Behalf Partner");
        var stranger = partnerOf("Someone Else's Partner");
        var form = partner.reviewer().get("/deals/new").body();
        assertThat(form).contains("Choose a partner").contains(partner.companyName());
        assertThat(form).doesNotContain(stranger.companyName());

        var refused = partner.reviewer()
                .post(
                        "/deals/new",
                        Map.of(
                                "partner", stranger.company().value().toString(),
                                "customerName", "Tailspin",
                                "customerCountry", "CA",
                                "contactName", "Ada",
                                "contactEmail", "ada@tailspin-" + product.substring(0, 8) + ".ca",
                                "products", product,
                                "currency", "CAD",
                                "estimatedValue", "1000",
                                "expectedClose", LocalDate.now().plusMonths(1).toString()));
        assertThat(refused.body()).contains("among your current partners");
        assertThat(count("company_id = '" + stranger.company().value() + "'")).isZero();

        String deal = register(
                partner.reviewer(),
                "Tailspin",
                customerDomain,
                Map.of("partner", partner.company().value().toString()));
        assertThat(partner.reviewer().get("/deals/" + deal).body()).contains("With the vendor");
        assertThat(partner.session().get("/deals/" + deal).body())
                .as("the partner follows, and may withdraw, what its distributor registered for it")
                .contains("With the vendor")
                .contains("Withdraw");
        assertThat(stranger.reviewer().get("/deals/" + deal).statusCode()).isEqualTo(404);
        assertThat(partner.session().get("/deals/new").body()).doesNotContain("Choose a partner");
    }

    @Test
    void thePartnerCompletesARegistrationSentBackAndMarksItWonWithItsFinalValue() throws Exception {
        var partner = partnerOf("Editing Partner");
        String deal = register(partner.session(), "Woodgrove", customerDomain);
        partner.reviewer().get("/deals/" + deal);
        decide(partner.reviewer(), deal, "request-information");
        var page = partner.session().get("/deals/" + deal + "/edit");
        assertThat(page.body()).contains("Edit the registration").contains("value=\"Woodgrove\"");
        var form = new HashMap<>(Map.of(
                "customerName", "Woodgrove Bank",
                "customerWebsite", customerDomain,
                "customerCountry", "CA",
                "contactName", "Ada Buyer",
                "contactEmail", "ada@" + customerDomain,
                "products", product,
                "currency", "CAD",
                "estimatedValue", "52000",
                "expectedClose", LocalDate.now().plusMonths(2).toString(),
                "intent", "submit"));
        partner.session().post("/deals/" + deal + "/edit", form);
        assertThat(partner.session().get("/deals/" + deal).body())
                .contains("Woodgrove Bank")
                .contains("52,000.00 CAD")
                .contains("edited")
                .contains("Submitted");
        form.put("customerName", "Too late");
        partner.session().post("/deals/" + deal + "/edit", form);
        assertThat(partner.session().get("/deals/" + deal).body()).doesNotContain("Too late");

        decide(partner.reviewer(), deal, "distributor-approve");
        var vendor = new HttpSession(port);
        vendor.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        vendor.get("/deals/" + deal);
        decide(vendor, deal, "approve");
        partner.session().get("/deals/" + deal);
        partner.session().post("/deals/" + deal + "/won", Map.of("finalValue", "0", "wonOn", "yesterday"));
        assertThat(partner.session().get("/deals/" + deal).body())
                .contains("Give the final value as a positive amount")
                .contains("Approved");
        partner.session()
                .post(
                        "/deals/" + deal + "/won",
                        Map.of(
                                "finalValue",
                                "48500.50",
                                "wonOn",
                                LocalDate.now().toString()));
        assertThat(partner.session().get("/deals/" + deal).body())
                .contains("Won")
                .contains("48,500.50 CAD");
        assertThat(jdbc.sql("SELECT won_value FROM deal_registration WHERE id = CAST(:id AS uuid)")
                        .param("id", deal)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("48500.50");
    }

    @Test
    void theVendorRuleApprovesRegistrationsWithoutConflictOnly() throws Exception {
        var vendor = new HttpSession(port);
        vendor.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        assertThat(vendor.get("/admin/deal-products").body()).contains("Approve registrations without conflict");
        vendor.post("/admin/deal-rules", Map.of("autoApprove", "on"));
        try {
            var first = partnerOf("Rule Partner");
            var second = partnerOf("Rule Rival");
            String clean = register(first.session(), "Litware", customerDomain);
            first.reviewer().get("/deals/" + clean);
            decide(first.reviewer(), clean, "distributor-approve");
            assertThat(first.session().get("/deals/" + clean).body())
                    .contains("Approved")
                    .contains("Protected until");

            String conflicting = register(second.session(), "Litware", customerDomain);
            second.reviewer().get("/deals/" + conflicting);
            decide(second.reviewer(), conflicting, "distributor-approve");
            assertThat(second.session().get("/deals/" + conflicting).body()).contains("With the vendor");
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'deal-rules.changed'")
                            .query(Long.class)
                            .single())
                    .isPositive();
        } finally {
            vendor.post("/admin/deal-rules", Map.of());
        }
        assertThat(jdbc.sql("SELECT auto_approve FROM deal_rules")
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void reviewersFilterTheirListByPartnerValueAgeAndConflicts() throws Exception {
        var first = partnerOf("Filter Alpha");
        var second = partnerOf("Filter Beta");
        String held = register(first.session(), "Acme", customerDomain);
        String conflicting = register(second.session(), "Acme", customerDomain);
        String small = register(
                second.session(),
                "Small Co",
                "small-" + product.substring(0, 8) + ".com",
                Map.of("contactEmail", "bob@small-" + product.substring(0, 8) + ".com", "estimatedValue", "500"));
        var vendor = new HttpSession(port);
        vendor.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        String partner =
                "&partner=" + java.net.URLEncoder.encode(second.companyName(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(vendor.get("/deals?status=" + partner).body())
                .contains(conflicting)
                .contains(small)
                .doesNotContain(held);
        assertThat(vendor.get("/deals?conflicts=on" + partner).body())
                .contains(conflicting)
                .doesNotContain(small);
        assertThat(vendor.get("/deals?minimumValue=1000" + partner).body())
                .contains(conflicting)
                .doesNotContain(small);
        assertThat(vendor.get("/deals?olderThanDays=1" + partner).body())
                .doesNotContain(conflicting)
                .doesNotContain(small);
        var refused = vendor.get("/deals?minimumValue=lots&olderThanDays=-4");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Give the least value as an amount").contains("from 0 to 3650");
    }

    private long count(String where) {
        return jdbc.sql("SELECT count(*) FROM deal_registration WHERE " + where)
                .query(Long.class)
                .single();
    }

    @Test
    void badInputGetsMessagesAndCreatesNothing() throws Exception {
        var partner = partnerOf("Quiet Labs");
        partner.session().get("/deals/new");
        Map<String, String> form = new HashMap<>(Map.of(
                "customerName", "",
                "customerWebsite", "not a website at all",
                "customerCountry", "ZZZ",
                "contactName", "Ada",
                "contactEmail", "not-an-address",
                "currency", "XYZ",
                "estimatedValue", "-3",
                "expectedClose", LocalDate.now().minusDays(1).toString(),
                "products", "not-a-product"));
        var page = partner.session().post("/deals/new", form);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Please correct the fields below.")
                .contains("Give the customer&#39;s name")
                .contains("Choose the customer&#39;s country.")
                .contains("ISO 4217")
                .contains("positive amount")
                .contains("after today")
                .contains("Choose at least one product");
        assertThat(jdbc.sql("SELECT count(*) FROM deal_registration WHERE company_id = :c")
                        .param("c", partner.company().value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    record Partner(HttpSession session, HttpSession reviewer, CompanyId company, String companyName, String email) {}

    private Partner partnerOf(String name) throws Exception {
        String companyName = name + " " + UUID.randomUUID().toString().substring(0, 6);
        CompanyId company = testAccounts.company(companyName);
        DistributorId distributor = testAccounts.distributor();
        partners.associate(
                company, distributor, "C-" + company.value().toString().substring(0, 8), "test");
        var session = new HttpSession(port);
        String email = testAccounts.partnerUser(company);
        session.logIn(email, TestAccounts.PASSWORD);
        var reviewer = new HttpSession(port);
        reviewer.logIn(testAccounts.distributorReviewer(distributor), TestAccounts.PASSWORD);
        return new Partner(session, reviewer, company, companyName, email);
    }

    private String register(HttpSession partner, String customer, String website) throws Exception {
        return register(partner, customer, website, Map.of());
    }

    private String register(HttpSession partner, String customer, String website, Map<String, String> more)
            throws Exception {
        partner.get("/deals/new");
        var form = new HashMap<>(Map.of(
                "customerName",
                customer,
                "customerWebsite",
                website,
                "customerCountry",
                "CA",
                "contactName",
                "Ada Buyer",
                "contactEmail",
                "ada@" + customerDomain,
                "products",
                product,
                "currency",
                "usd",
                "estimatedValue",
                "40000",
                "expectedClose",
                LocalDate.now().plusMonths(2).toString(),
                "intent",
                "submit"));
        form.putAll(more);
        var response = partner.post("/deals/new", form);
        var matcher = DEAL.matcher(location(response));
        assertThat(matcher.find()).as(response.body()).isTrue();
        return matcher.group(1);
    }

    private static void decide(HttpSession reviewer, String deal, String action) throws Exception {
        var response = reviewer.post("/deals/" + deal + "/" + action, Map.of("reason", "Checked"));
        assertThat(response.statusCode()).isIn(200, 302, 303);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse(response.uri().toString());
    }
}
