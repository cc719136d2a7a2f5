package com.partnerportal.notifications;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Email delivery settings.
 *
 * @param from the sender address
 * @param fromName the sender's display name
 * @param firstRetryAfter the wait after the first failed attempt; it doubles at each failure
 * @param longestRetryWait the wait never grows beyond this
 * @param maxAttempts after this many failures an email is marked failed, for an admin to resend
 * @param lease how long one instance may hold the emails it claimed before another may retry them:
 *     longer than sending {@code batchSize} of them may take under the SMTP timeouts (5 s to connect,
 *     5 s to write, 3 s to read: 13 s an email), and no longer, since an instance that dies after
 *     the SMTP server accepted an email but before it was marked sent has it sent again once the
 *     lease ends (R8.2: at least once, with the same Message-ID)
 * @param batchSize how many due emails one claim takes
 * @param vendorTeam the vendor's partner-operations address, told of partner releases (R2.3)
 */
@Validated
@ConfigurationProperties("portal.mail")
record NotificationsProperties(
        @NotBlank String from,
        @NotBlank String fromName,
        @NotNull @DefaultValue("10s") Duration firstRetryAfter,
        @NotNull @DefaultValue("30m") Duration longestRetryWait,
        @Min(1) @DefaultValue("12") int maxAttempts,
        @NotNull @DefaultValue("30s") Duration lease,
        @Min(1) @DefaultValue("2") int batchSize,
        String vendorTeam) {

    Duration waitAfterFailure(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 20);
        Duration wait = firstRetryAfter.multipliedBy(1L << doublings);
        return wait.compareTo(longestRetryWait) > 0 ? longestRetryWait : wait;
    }
}
