package com.partnerportal.university;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.university.internal.ScormTime;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R5.7: the time a SCO reports, in either edition's format; nonsense counts as nothing. */
class ScormTimeTest {

    @ParameterizedTest
    @CsvSource({
        "0000:12:30.00, PT12M30S",
        "01:02:03, PT1H2M3S",
        "0000:00:00.5, PT0.5S",
        "PT1H2M3.5S, PT1H2M3.5S",
        "PT45S, PT45S",
        "P1DT2H, PT26H",
        "'', PT0S",
        "12 minutes, PT0S",
        "PT-5S, PT0S",
        "99:99:99, PT0S"
    })
    void readsBothFormats(String reported, String expected) {
        assertThat(ScormTime.parse(reported)).isEqualTo(Duration.parse(expected));
    }
}
