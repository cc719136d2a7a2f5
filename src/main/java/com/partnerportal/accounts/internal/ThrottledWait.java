package com.partnerportal.accounts.internal;

import java.time.Duration;

/**
 * How long a throttled visitor is told to wait (R4.3), in whole seconds rounded up.
 *
 * @param seconds the wait, at least one second
 */
public record ThrottledWait(long seconds) {

    private static final int MINUTE = 60;

    public static ThrottledWait of(Duration wait) {
        return new ThrottledWait(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    /**
     * Read from the {@code throttled} query value that the login gate wrote. Anyone can edit that
     * value, so it is only trusted within the longest delay the portal imposes; a value that is not
     * a number shows the longest delay.
     */
    public static ThrottledWait of(String queryValue, Duration longestDelay) {
        long longest = of(longestDelay).seconds();
        String digits = queryValue == null ? "" : queryValue.strip();
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new ThrottledWait(longest);
        }
        return new ThrottledWait(Math.clamp(Long.parseLong(digits), 1, longest));
    }

    /** Two minutes and more are shown in whole minutes, rounded up. */
    public boolean inMinutes() {
        return seconds >= 2 * MINUTE;
    }

    public long minutes() {
        return (seconds + MINUTE - 1) / MINUTE;
    }
}
