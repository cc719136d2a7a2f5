package com.partnerportal.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** How pages show instants, {@code ${@dates.utc(instant)}}, and dates in the reader's language. */
@Component("dates")
public class DateDisplay {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    public String date(LocalDate date) {
        return date(date, LocaleContextHolder.getLocale());
    }

    public String date(LocalDate date, java.util.Locale language) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(language)
                        .format(date);
    }
}
