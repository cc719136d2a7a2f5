package com.partnerportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.partnerportal.partners.Partners;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.BrowserExtension;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.RegistrationSteps;
import partnerportal.testing.TestAccounts;

/**
 * The vendor dashboard in Chromium: it draws its charts (screenshot saved) with every label
 * readable — each category of a chart shown in full, no text over another (R3.8, R8.1) — and a
 * chart's CSV downloads.
 */
@PortalTest
@ExtendWith(BrowserExtension.class)
class DashboardBrowserTest {

    /**
     * For each chart, from ECharts' own list of what it drew: its texts (a label that ECharts hid
     * to avoid an overlap is not among them), and the pairs of them that overlap.
     */
    private static final String LABELS = """
            () => [...document.querySelectorAll('section')].filter(s => s.querySelector('.dashboard-chart')).map(s => {
              const chart = echarts.getInstanceByDom(s.querySelector('.dashboard-chart'));
              // The text elements ECharts drew (a wrapped label is one element of several lines).
              const texts = [];
              chart.getZr().storage.getRoots().forEach(root => root.traverse(el => {
                if (el.type === 'text' && el.style && el.style.text && !el.invisible && !el.ignore) {
                  texts.push(el);
                }
              }));
              const boxes = texts.map(el => {
                const box = el.getBoundingRect().clone();
                const transform = el.getComputedTransform();
                if (transform) { box.applyTransform(transform); }
                return box;
              });
              const overlaps = [];
              for (let i = 0; i < boxes.length; i++) {
                for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i], b = boxes[j];
                  if (Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1
                      && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1) {
                    overlaps.push(label(texts[i]) + ' / ' + label(texts[j]));
                  }
                }
              }
              function label(el) { return el.style.text; }
              return {
                title: s.querySelector('h2').textContent.trim(),
                texts: texts.map(el => el.style.text.replace(/\\s+/g, '')).join('|'),
                categories: [...s.querySelectorAll('tbody th')].map(th => th.textContent.replace(/\\s+/g, '')),
                overlaps,
              };
            })
            """;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Autowired
    com.partnerportal.deals.internal.Deals deals;

    /** Registrations worth millions in three currencies: the value axis must still keep its labels apart. */
    private void largeDeals() {
        var company = testAccounts.company("Big Deals");
        partners.associate(company, testAccounts.distributor(), "BD-1", "test");
        var seller = partnerportal.testing.Caller.partner(testAccounts.partnerUser(company), company.value());
        UUID product = UUID.randomUUID();
        jdbc.sql("INSERT INTO deal_product (id, name) VALUES (:id, :name)")
                .param("id", product)
                .param("name", "Charted product " + product)
                .update();
        int n = 0;
        for (String currency : List.of("USD", "EUR", "CAD")) {
            for (String value : List.of("987654321", "123456789.50", "45000000")) {
                String domain = "big-" + (n++) + "-" + product.toString().substring(0, 8) + ".com";
                deals.register(
                        seller,
                        new com.partnerportal.deals.internal.DealForm(
                                "Big Customer " + n,
                                domain,
                                "US",
                                "Ada Buyer",
                                "ada@" + domain,
                                null,
                                List.of(product.toString()),
                                currency,
                                value,
                                java.time.LocalDate.now().plusMonths(2).toString(),
                                null,
                                null),
                        true);
            }
        }
    }

    @Test
    void theVendorDashboardDrawsItsChartsAndExportsCsv(Page page) throws Exception {
        testAccounts.partnerUser(testAccounts.company("Charted"));
        requestsForEveryReason();
        largeDeals();
        page.navigate("/login");
        page.getByLabel("Email").fill(testAccounts.vendorAdmin());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.navigate("/admin/dashboard");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard")))
                .isVisible();
        var seats = page.locator("section", new Page.LocatorOptions().setHasText("Companies by technical seat use"));
        assertThat(seats.locator(".dashboard-chart canvas")).hasCount(1);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/dashboard-vendor.png"))
                .setFullPage(true));

        @SuppressWarnings("unchecked")
        var charts = (java.util.List<java.util.Map<String, Object>>) page.evaluate(LABELS);
        org.assertj.core.api.Assertions.assertThat(charts).isNotEmpty();
        var reasons = charts.stream()
                .filter(chart -> chart.get("title").equals("Access requests by reason"))
                .findFirst()
                .orElseThrow();
        org.assertj.core.api.Assertions.assertThat((java.util.List<?>) reasons.get("categories"))
                .hasSizeGreaterThanOrEqualTo(6);
        for (var chart : charts) {
            org.assertj.core.api.Assertions.assertThat((java.util.List<?>) chart.get("overlaps"))
                    .as("texts over one another in " + chart.get("title"))
                    .isEmpty();
            boolean timeline = ((java.util.List<?>) chart.get("categories"))
                    .stream().allMatch(category -> category.toString().matches("\\d{4}-\\d{2}(-\\d{2})?"));
            if (!timeline) {
                for (Object category : (java.util.List<?>) chart.get("categories")) {
                    org.assertj.core.api.Assertions.assertThat((String) chart.get("texts"))
                            .as("every label of " + chart.get("title") + " shown in full")
                            .contains(category.toString());
                }
            }
        }

        seats.getByText("Show the figures as a table").click();
        assertThat(seats.getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions().setName("No seat taken")))
                .isVisible();
        var download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("CSV: Companies by technical seat use"))
                .click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv)
                .startsWith("Category,Companies")
                .contains("All seats taken,")
                .contains("No seat taken,");
    }

    /** Six reasons at least: entitled, not entitled, flagged, free provider, disposable, denied. */
    private void requestsForEveryReason() throws Exception {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
        String slug = "charts-" + tag;
        var distributor = partners.registerDistributor(slug, "Charts " + tag, null);
        partners.importEntitlements(
                distributor, "customer_id,company_name,country,domains\nC-1,Listed,CA,listed-" + tag + ".com\n", "t");
        for (String kind : new String[] {"FLAG", "DENY"}) {
            jdbc.sql("INSERT INTO domain_rule (domain, kind, created_by) VALUES (:d, :k, 'test')")
                    .param("d", kind.toLowerCase(java.util.Locale.ROOT) + "-" + tag + ".com")
                    .param("k", kind)
                    .update();
        }
        var company = java.util.Map.of("companyName", "Charted " + tag, "country", "CA");
        RegistrationSteps.apply(port, slug, "a@listed-" + tag + ".com", company);
        RegistrationSteps.apply(port, slug, "b@unlisted-" + tag + ".com", company);
        RegistrationSteps.apply(port, slug, "c@flag-" + tag + ".com", company);
        for (String refused :
                new String[] {"d" + tag + "@gmail.com", "e" + tag + "@mailinator.com", "f@deny-" + tag + ".com"}) {
            RegistrationSteps.emailStep(new HttpSession(port), slug, refused);
        }
    }
}
