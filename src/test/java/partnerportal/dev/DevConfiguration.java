package partnerportal.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.partnerportal.accounts.internal.IdentityProviders;
import com.partnerportal.partners.Partners;
import com.partnerportal.university.internal.ScormImports;
import com.partnerportal.webhooks.internal.Webhooks;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import partnerportal.testing.EmbeddedMailConfiguration;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.TestIdentityProvider;
import partnerportal.testing.WebhookReceiver;

/** What the dev run adds to the portal: embedded services, the mailbox page, demo data. */
@TestConfiguration(proxyBeanMethods = false)
@Import({EmbeddedPostgresConfiguration.class, EmbeddedMailConfiguration.class, DemoDataConfiguration.class})
public class DevConfiguration {

    @Bean
    DevMailboxController devMailboxController(GreenMail greenMail) {
        return new DevMailboxController(greenMail);
    }

    @Bean(destroyMethod = "close")
    WebhookReceiver devWebhookReceiver(@Value("${portal.dev.webhook-port:3080}") int port) throws IOException {
        return new WebhookReceiver(port);
    }

    @Bean
    DevWebhooks devWebhooks(WebhookReceiver devWebhookReceiver, Webhooks webhooks, Partners partners) {
        return new DevWebhooks(devWebhookReceiver, webhooks, partners);
    }

    @Bean(destroyMethod = "close")
    TestIdentityProvider devIdentityProvider(@Value("${portal.dev.idp-port:9080}") int port) {
        return TestIdentityProvider.start(port);
    }

    @Bean
    DevSignOn devSignOn(
            TestIdentityProvider devIdentityProvider,
            IdentityProviders identityProviders,
            Partners partners,
            @Value("${portal.base-url}") String portalBaseUrl) {
        return new DevSignOn(devIdentityProvider, identityProviders, partners, portalBaseUrl);
    }

    @Bean
    DevScorm devScorm(ScormImports imports, JdbcClient jdbc) {
        return new DevScorm(imports, jdbc);
    }

    /** The mailbox is a developer tool: open to anyone, and only in the dev run. */
    @Bean
    @Order(0)
    SecurityFilterChain devMailboxSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/dev/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
