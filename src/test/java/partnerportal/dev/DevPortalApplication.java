package partnerportal.dev;

import com.partnerportal.PortalApplication;
import org.springframework.boot.SpringApplication;

/**
 * The portal with everything embedded: {@code ./mvnw spring-boot:test-run}. PostgreSQL keeps its
 * data in {@code .data/postgres}; the SMTP server's mailbox is at {@code /dev/mailbox}.
 */
public class DevPortalApplication {

    public static void main(String[] args) {
        SpringApplication.from(PortalApplication::main)
                .with(DevConfiguration.class)
                .withAdditionalProfiles("dev")
                .run(args);
    }
}
