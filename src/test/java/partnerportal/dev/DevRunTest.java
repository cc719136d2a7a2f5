package partnerportal.dev;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.PortalApplication;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import com.partnerportal.programme.Programme;
import com.partnerportal.shared.RegistrableDomain;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import partnerportal.testing.HttpSession;
import partnerportal.testing.SignOnSteps;

/**
 * The README's run command keeps working: the dev application starts on an empty embedded
 * PostgreSQL, seeds the reference scenario, lets the demo accounts log in and shows the mailbox.
 */
class DevRunTest {

    private static CompanyId company(Partners partners, String domain) {
        return partners.companiesWithDomain(RegistrableDomain.of(domain))
                .getFirst()
                .id();
    }

    @Test
    void theDevRunSeedsTheReferenceScenario() throws Exception {
        var dataDirectory = Files.createTempDirectory("dev-run-pg");
        try (var dev = new SpringApplicationBuilder(PortalApplication.class)
                .sources(DevConfiguration.class)
                .profiles("dev")
                .run(
                        "--server.port=0",
                        "--portal.dev.smtp-port=0",
                        "--portal.dev.webhook-port=0",
                        "--portal.dev.idp-port=0",
                        "--portal.dev.postgres-data-dir=" + dataDirectory.resolve("pg"))) {
            int port = Integer.parseInt(dev.getEnvironment().getProperty("local.server.port"));
            var partners = dev.getBean(Partners.class);
            assertThat(partners.distributor("sherweb")).isPresent();
            assertThat(partners.distributor("ingram-micro")).isPresent();

            for (var account : Map.of(
                            DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD,
                            DemoData.REVIEWER_EMAIL, DemoData.REVIEWER_PASSWORD,
                            DemoData.PARTNER_EMAIL, DemoData.PARTNER_PASSWORD,
                            DemoData.BASTION_EMAIL, DemoData.BASTION_PASSWORD)
                    .entrySet()) {
                assertThat(new HttpSession(port).logIn(account.getKey(), account.getValue()))
                        .as(account.getKey())
                        .endsWith("/");
            }
            var reviewer = new HttpSession(port);
            reviewer.logIn(DemoData.REVIEWER_EMAIL, DemoData.REVIEWER_PASSWORD);
            assertThat(reviewer.get("/distributor")
                            .headers()
                            .firstValue("Location")
                            .orElseThrow())
                    .contains("/entitlements");
            // R12.1: Sherweb's demo endpoint points at the dev run's own receiver.
            String sherwebId =
                    partners.distributor("sherweb").orElseThrow().id().value().toString();
            assertThat(reviewer.get("/distributor/" + sherwebId + "/webhooks").body())
                    .contains("Sherweb marketplace (demo receiver of the dev run)");
            assertThat(new HttpSession(port).get("/register/sherweb").statusCode())
                    .isEqualTo(200);
            assertThat(new HttpSession(port).get("/dev/mailbox").body()).contains("Dev mailbox");
            // R11.2: Contoso Cyber's users sign on at the dev run's own identity provider.
            var colleague = new HttpSession(port);
            assertThat(SignOnSteps.signOn(colleague, DevSignOn.USER, DevSignOn.PASSWORD))
                    .isEqualTo("/");
            assertThat(colleague.get("/").body()).contains("Welcome, Olivia Chen");
            var partner = new HttpSession(port);
            partner.logIn(DemoData.PARTNER_EMAIL, DemoData.PARTNER_PASSWORD);
            partner.get("/university");
            partner.post("/university/launch", Map.of());
            // R5.7: the imported SCORM courses play in the player.
            assertThat(partner.get("/university/courses/" + DevScorm.FOUNDATION + "/play/1")
                            .body())
                    .contains("sco-frame");
            assertThat(partner.get("/university").body())
                    .contains("Getting Started with SentinelOne")
                    .contains("Threat hunting with Deep Visibility");

            // R10: certified colleagues put Northwind at Gold and Bastion IT at Silver; Maple lost its
            // certified user and keeps Silver through the grace period.
            assertThat(partner.get("/programme").body()).contains("is at the Gold level");
            // R11.1: the first user of each demo company administers it.
            assertThat(partner.get("/company").body()).contains("Northwind").contains("Invite a colleague");
            var programme = dev.getBean(Programme.class);
            var standings = programme.standingsOf(List.of(
                    company(partners, "northwind-secure.ca"),
                    company(partners, "bastion-it.fr"),
                    company(partners, "maplemsp.ca")));
            assertThat(standings.values().stream()
                            .map(standing -> standing.level().nameEn())
                            .toList())
                    .containsExactly("Gold", "Silver", "Silver");
            var maple = standings.get(company(partners, "maplemsp.ca"));
            assertThat(maple.downgradeOn()).isNotNull();
            assertThat(maple.downgradeTo().nameEn()).isEqualTo("Registered");
        }
    }
}
