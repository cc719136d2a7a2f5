package com.partnerportal.university.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Time as SCORM runtimes report it (R5.7): {@code HHHH:MM:SS.SS} in SCORM 1.2, an ISO 8601 duration
 * ({@code PT1H2M3.5S}) in SCORM 2004. What cannot be read counts as nothing.
 */
public final class ScormTime {

    private static final Pattern SCORM_12 = Pattern.compile("(\\d{1,4}):([0-5]?\\d):([0-5]?\\d)(\\.\\d{1,2})?");

    private ScormTime() {}

    public static Duration parse(String reported) {
        if (reported == null || reported.isBlank()) {
            return Duration.ZERO;
        }
        String text = reported.strip();
        var scorm12 = SCORM_12.matcher(text);
        if (scorm12.matches()) {
            long centis = scorm12.group(4) == null ? 0 : Math.round(Double.parseDouble("0" + scorm12.group(4)) * 100);
            return Duration.ofHours(Long.parseLong(scorm12.group(1)))
                    .plusMinutes(Long.parseLong(scorm12.group(2)))
                    .plusSeconds(Long.parseLong(scorm12.group(3)))
                    .plusMillis(centis * 10);
        }
        try {
            var duration = Duration.parse(text);
            return duration.isNegative() ? Duration.ZERO : duration;
        } catch (DateTimeParseException unreadable) {
            return Duration.ZERO;
        }
    }

    public static Duration total(String[] reported) {
        var total = Duration.ZERO;
        for (String each : reported) {
            total = total.plus(parse(each));
        }
        return total;
    }
}
