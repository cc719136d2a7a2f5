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
 * @param lease how long one instance may hold an email it is sending before another may retry it
 * @param batchSize how many due emails one poll claims
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
        @NotNull @DefaultValue("2m") Duration lease,
        @Min(1) @DefaultValue("20") int batchSize,
        String vendorTeam) {

    Duration waitAfterFailure(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 20);
        Duration wait = firstRetryAfter.multipliedBy(1L << doublings);
        return wait.compareTo(longestRetryWait) > 0 ? longestRetryWait : wait;
    }
}
