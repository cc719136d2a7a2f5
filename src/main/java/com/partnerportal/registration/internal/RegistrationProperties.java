package com.partnerportal.registration.internal;

import com.partnerportal.shared.AttemptThrottle;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Throttling of the email step (R3.4 is rate-limited, R4.3).
 *
 * @param freeAttemptsPerAddress email-step attempts for one address before delays start
 * @param freeAttemptsPerClient email-step attempts from one client address before delays start
 */
@Validated
@ConfigurationProperties("portal.registration")
public record RegistrationProperties(
        @Min(1) @DefaultValue("10") int freeAttemptsPerAddress,
        @Min(1) @DefaultValue("30") int freeAttemptsPerClient) {

    public AttemptThrottle.Policy perAddress() {
        return new AttemptThrottle.Policy(
                freeAttemptsPerAddress, Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofHours(1));
    }

    public AttemptThrottle.Policy perClient() {
        return new AttemptThrottle.Policy(
                freeAttemptsPerClient, Duration.ofSeconds(1), Duration.ofMinutes(10), Duration.ofMinutes(30));
    }
}
