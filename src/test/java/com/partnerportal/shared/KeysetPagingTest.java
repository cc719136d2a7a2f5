package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.Pages;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * R7.1, R8.4: the lists that grow without bound — the vendor's support queue, a user's own support
 * requests, a review queue, deal registrations — page from the last row shown: following the next
 * links shows every row once, rows with the same time included, however many there are.
 */
@PortalTest
class KeysetPagingTest {

    private static final int ROWS = Keyset.PAGE_SIZE * 2 + 7;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private String tag;

    @BeforeEach
    void aTag() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theVendorsSupportQueueAndAUsersOwnRequestsShowEveryRequest() throws Exception {
        var company = testAccounts.company("Paged Support " + tag);
        String email = testAccounts.partnerUser(company);
        UUID account = jdbc.sql("SELECT id FROM account WHERE email = :e")
                .param("e", email)
                .query(UUID.class)
                .single();
        // Three requests at each instant: the id orders them.
        jdbc.sql("""
                INSERT INTO support_request (id, category, subject, status, requester_account_id, requester_email,
                       requester_name, requester_locale, company_id, created_at)
                SELECT gen_random_uuid(), 'OTHER', 'Paged ' || :tag || ' #' || g || '#', 'NEW', :account, :email,
                       'Paul Partner', 'en', :company, now() - (g / 3) * interval '1 minute'
                  FROM generate_series(1, :rows) g
                """)
                .param("tag", tag)
                .param("account", account)
                .param("email", email)
                .param("company", company.value())
                .param("rows", ROWS)
                .update();
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        assertEveryRowOnce(admin, "/admin/support?company=" + company.value());
        var requester = new HttpSession(port);
        requester.logIn(email, TestAccounts.PASSWORD);
        assertEveryRowOnce(requester, "/support");
    }

    @Test
    void aReviewQueueShowsEveryRequest() throws Exception {
        var distributor = testAccounts.distributor();
        jdbc.sql("""
                INSERT INTO access_request (id, distributor_id, email, domain, first_name, last_name, status, route,
                       reason_code, reason_text, created_at)
                SELECT gen_random_uuid(), :distributor, 'paged-' || :tag || '-' || g || '@paged.example', 'paged.example',
                       'Paged ' || :tag, '#' || g || '#', 'UNDER_REVIEW', 'DISTRIBUTOR', 'NOT_ENTITLED', 'test',
                       now() - (g / 3) * interval '1 minute'
                  FROM generate_series(1, :rows) g
                """)
                .param("distributor", distributor.value())
                .param("tag", tag)
                .param("rows", ROWS)
                .update();
        var reviewer = new HttpSession(port);
        reviewer.logIn(testAccounts.distributorReviewer(distributor), TestAccounts.PASSWORD);
        assertEveryRowOnce(reviewer, "/review");
    }

    @Test
    void aPartnersDealRegistrationsShowEveryRegistration() throws Exception {
        var company = testAccounts.company("Paged Deals " + tag);
        var distributor = testAccounts.distributor();
        String email = testAccounts.partnerUser(company);
        jdbc.sql("""
                INSERT INTO deal_registration (id, company_id, distributor_id, registered_by, status, customer_name,
                       customer_name_key, customer_country, contact_name, contact_email, contact_domain, customer_key,
                       currency, estimated_value, expected_close, updated_at)
                SELECT gen_random_uuid(), :company, :distributor, :email, 'DRAFT', 'Paged ' || :tag || ' #' || g || '#',
                       'paged ' || g, 'CA', 'Ada Buyer', 'ada@c' || g || '.example', 'c' || g || '.example',
                       'domain:c' || g || '.' || :tag || '.example', 'USD', 1000, current_date + 30,
                       now() - (g / 3) * interval '1 minute'
                  FROM generate_series(1, :rows) g
                """)
                .param("company", company.value())
                .param("distributor", distributor.value())
                .param("email", email)
                .param("tag", tag)
                .param("rows", ROWS)
                .update();
        var partner = new HttpSession(port);
        partner.logIn(email, TestAccounts.PASSWORD);
        assertEveryRowOnce(partner, "/deals");
    }

    /** Follows the next links from {@code first}; every row of this test shows on exactly one page. */
    private void assertEveryRowOnce(HttpSession session, String first) throws Exception {
        var seen = new ArrayList<Integer>();
        var row = Pattern.compile("Paged " + tag + "[^#]*#(\\d+)#");
        var pages = Pages.all(session, first);
        for (String body : pages) {
            var rows = row.matcher(body);
            while (rows.find()) {
                seen.add(Integer.parseInt(rows.group(1)));
            }
        }
        assertThat(pages).as("pages of " + first).hasSizeGreaterThanOrEqualTo(3);
        assertThat(seen).as(first).hasSize(ROWS).doesNotHaveDuplicates();
        assertThat(seen).containsAll(List.of(1, ROWS / 2, ROWS));
    }
}
