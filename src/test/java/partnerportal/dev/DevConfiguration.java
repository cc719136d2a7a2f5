package partnerportal.dev;

import com.icegreen.greenmail.util.GreenMail;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import partnerportal.testing.EmbeddedMailConfiguration;
import partnerportal.testing.EmbeddedPostgresConfiguration;

/** What the dev run adds to the portal: embedded services, the mailbox page, demo data. */
@TestConfiguration(proxyBeanMethods = false)
@Import({EmbeddedPostgresConfiguration.class, EmbeddedMailConfiguration.class, DemoDataConfiguration.class})
public class DevConfiguration {

    @Bean
    DevMailboxController devMailboxController(GreenMail greenMail) {
        return new DevMailboxController(greenMail);
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
