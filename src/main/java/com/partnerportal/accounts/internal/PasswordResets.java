package com.partnerportal.accounts.internal;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.shared.AttemptThrottle;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Asking for a password reset link (R4.3), throttled per address and per client like the
 * registration email step, so that the form cannot flood a mailbox or the outbox (ASVS 2.4.1).
 * Every request counts, whether the address has an account or not, so neither the answer nor
 * its timing tells who has one.
 */
@Service
public class PasswordResets {

    private final AttemptThrottle throttle;
    private final AccountsProperties properties;
    private final Accounts accounts;

    public PasswordResets(AttemptThrottle throttle, AccountsProperties properties, Accounts accounts) {
        this.throttle = throttle;
        this.properties = properties;
        this.accounts = accounts;
    }

    /**
     * Sends a link if the address has an enabled account and neither counter imposes a delay. Not
     * one transaction: the counters commit on their own, and a request must not hold one pooled
     * connection while it waits for another.
     *
     * @return how long to wait, when the request was refused unchecked
     */
    public Optional<Duration> request(String email, String client, Locale locale) {
        String addressKey = "reset:address:" + LoginThrottling.submittedAddress(email);
        String clientKey = "reset:client:" + client;
        var wait = throttle.longestWait(addressKey, clientKey);
        if (wait.isPresent()) {
            return wait;
        }
        throttle.recordFailure(addressKey, properties.resetPerAddress());
        throttle.recordFailure(clientKey, properties.resetPerClient());
        accounts.requestPasswordReset(email, locale);
        return Optional.empty();
    }
}
