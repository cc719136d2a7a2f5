package com.partnerportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.accounts.internal.IdentityProviders;
import com.partnerportal.partners.Partners;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalProcess;
import partnerportal.testing.SignOnSteps;
import partnerportal.testing.TestIdentityProvider;

/**
 * R11.2 on several instances: the registrations are read from PostgreSQL at each login, so a provider
 * connected on one instance is used by the next login on another, with no restart and no cache to expire.
 */
class SingleSignOnInstancesTest {

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static TestIdentityProvider provider;

    @BeforeAll
    static void twoInstancesAndAProvider() throws Exception {
        postgres = EmbeddedPostgresConfiguration.start(null);
        first = PortalProcess.start(postgres, 2525, "--logging.level.root=WARN");
        second = PortalProcess.start(postgres, 2525, "--logging.level.root=WARN");
        provider = TestIdentityProvider.start();
    }

    @AfterAll
    static void stop() throws Exception {
        provider.close();
        second.close();
        first.close();
        postgres.close();
    }

    @Test
    void aProviderConnectedOnOneInstanceIsUsedByTheNextLoginOnAnother() throws Exception {
        var company =
                first.getBean(Partners.class).registerCompany("Two Instances", "FR", Set.of("two-instances.example"));
        String email = "ines@two-instances.example";
        int secondPort = PortalProcess.port(second);
        provider.allowPortal("http://localhost:" + secondPort).verifiedUser(email, "idp password", "Inès", "Instance");

        var before = new HttpSession(secondPort);
        before.get("/login");
        var passwordStep = before.post("/login/identify", Map.of("email", email));
        assertThat(passwordStep.statusCode())
                .as("no provider yet: the password step")
                .isEqualTo(200);

        first.getBean(IdentityProviders.class)
                .connect(provider.connection(company.value().toString(), true, ""), "test");

        var visitor = new HttpSession(secondPort);
        assertThat(SignOnSteps.signOn(visitor, email, "idp password")).isEqualTo("/");
        assertThat(visitor.get("/").body()).contains("Welcome, Inès Instance");
        assertThat(second.getBean(Accounts.class)
                        .findByEmail(email)
                        .orElseThrow()
                        .companyId())
                .isEqualTo(company.value());
    }
}
