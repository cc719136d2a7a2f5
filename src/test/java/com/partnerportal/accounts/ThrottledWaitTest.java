package com.partnerportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.accounts.internal.ThrottledWait;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R4.3: what a throttled visitor is told, whatever the query value they were sent back with says. */
class ThrottledWaitTest {

    @ParameterizedTest(name = "throttled=[{0}] → {1} s")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "7 | 7",
                "' 12 ' | 12",
                "0 | 1",
                "900 | 900",
                "901 | 900",
                "99999999999999999999 | 900",
                "'' | 900",
                "null | 900",
                "soon | 900",
                "-5 | 900",
                "1e3 | 900",
                "<script> | 900"
            })
    void theQueryValueIsTrustedOnlyWithinTheLongestDelay(String queryValue, long seconds) {
        assertThat(ThrottledWait.of(queryValue, Duration.ofMinutes(15)).seconds())
                .isEqualTo(seconds);
    }

    @ParameterizedTest(name = "{0} → {1} s, in minutes: {2} ({3})")
    @CsvSource({
        "PT0.2S, 1, false, 1",
        "PT1.5S, 2, false, 1",
        "PT119S, 119, false, 2",
        "PT2M, 120, true, 2",
        "PT2M1S, 121, true, 3",
        "PT15M, 900, true, 15"
    })
    void waitsAreRoundedUpAndShownInMinutesFromTwoMinutes(
            Duration wait, long seconds, boolean inMinutes, long minutes) {
        var shown = ThrottledWait.of(wait);
        assertThat(shown.seconds()).isEqualTo(seconds);
        assertThat(shown.inMinutes()).isEqualTo(inMinutes);
        assertThat(shown.minutes()).isEqualTo(minutes);
    }
}
