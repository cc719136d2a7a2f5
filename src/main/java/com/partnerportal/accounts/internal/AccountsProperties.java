package com.partnerportal.accounts.internal;

import com.partnerportal.shared.AttemptThrottle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the accounts module.
 *
 * @param activationLinkValidity how long an "access granted" link may be used (R3.7: 72 h)
 * @param resetLinkValidity how long a password reset link may be used
 * @param minimumPasswordLength ASVS 6.2.1 / NIST 800-63B-4: 15 by default
 * @param bootstrapAdminEmail when set and no vendor admin exists, one is invited at start-up
 * @param metricsNetworks the addresses allowed to scrape /actuator/prometheus
 * @param loginFreeFailuresPerAccount wrong passwords for one address before delays start
 * @param loginFreeFailuresPerClient failed logins from one client address before delays start
 * @param loginFirstDelay the first delay; it doubles with each further failure
 * @param loginLongestDelay the cap on the delay: there is no permanent lockout
 * @param loginForgetAfter failures older than this are forgotten
 * @param sessionAbsoluteTimeout a session ends this long after login, however active (ASVS 7.3.2)
 * @param vendorAdminPasskeyRequired vendor admins reach the admin pages only after a passkey login
 * @param passkeyRelyingPartyName the name authenticators show next to a passkey of this portal
 * @param passkeyOrigins origins allowed to answer passkey ceremonies besides the base URL's
 * @param passkeyTrustLocalPort also allow http://localhost on the port the server listens on (dev, tests)
 * @param resetFreeRequestsPerAddress reset links asked for one address before delays start
 * @param resetFreeRequestsPerClient reset links asked from one client address before delays start
 */
@Validated
@ConfigurationProperties("portal.accounts")
public record AccountsProperties(
        @NotNull @DefaultValue("72h") Duration activationLinkValidity,
        @NotNull @DefaultValue("1h") Duration resetLinkValidity,
        @Min(8) @Max(64) @DefaultValue("15") int minimumPasswordLength,
        String bootstrapAdminEmail,
        @NotNull @DefaultValue({"127.0.0.1/32", "::1/128"}) List<String> metricsNetworks,
        @Min(0) @DefaultValue("5") int loginFreeFailuresPerAccount,
        @Min(0) @DefaultValue("20") int loginFreeFailuresPerClient,
        @NotNull @DefaultValue("1s") Duration loginFirstDelay,
        @NotNull @DefaultValue("15m") Duration loginLongestDelay,
        @NotNull @DefaultValue("1h") Duration loginForgetAfter,
        @NotNull @DefaultValue("12h") Duration sessionAbsoluteTimeout,
        @DefaultValue("false") boolean vendorAdminPasskeyRequired,
        @NotNull @DefaultValue("Partner Portal") String passkeyRelyingPartyName,
        @NotNull @DefaultValue({}) List<String> passkeyOrigins,
        @DefaultValue("false") boolean passkeyTrustLocalPort,
        @Min(1) @DefaultValue("3") int resetFreeRequestsPerAddress,
        @Min(1) @DefaultValue("20") int resetFreeRequestsPerClient) {

    public AttemptThrottle.Policy accountThrottle() {
        return new AttemptThrottle.Policy(
                loginFreeFailuresPerAccount, loginFirstDelay, loginLongestDelay, loginForgetAfter);
    }

    public AttemptThrottle.Policy clientThrottle() {
        return new AttemptThrottle.Policy(
                loginFreeFailuresPerClient, loginFirstDelay, loginLongestDelay, loginForgetAfter);
    }

    /** A few links an hour to one mailbox: more is email bombing, not forgetfulness (ASVS 2.4.1). */
    public AttemptThrottle.Policy resetPerAddress() {
        return new AttemptThrottle.Policy(
                resetFreeRequestsPerAddress, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(1));
    }

    public AttemptThrottle.Policy resetPerClient() {
        return new AttemptThrottle.Policy(
                resetFreeRequestsPerClient, Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofMinutes(30));
    }

    public static final int MAXIMUM_PASSWORD_LENGTH = 128;
}
