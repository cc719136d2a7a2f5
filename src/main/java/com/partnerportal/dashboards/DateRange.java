package com.partnerportal.dashboards;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The dashboard's period from the address: the last 90 days unless the reader chose one (both days included). */
record DateRange(LocalDate from, LocalDate to, List<String> problems) {

    static final int DEFAULT_DAYS = 90;
    static final int LONGEST_DAYS = 3 * 366;

    static DateRange parse(String from, String to, LocalDate today) {
        List<String> problems = new ArrayList<>();
        LocalDate end = date(to, problems);
        if (end == null || end.isAfter(today.plusDays(1))) {
            end = today;
        }
        LocalDate start = date(from, problems);
        if (start == null) {
            start = end.minusDays(DEFAULT_DAYS - 1);
        }
        if (start.isAfter(end)) {
            problems.add("dashboard.problem.order");
            start = end.minusDays(DEFAULT_DAYS - 1);
        }
        if (start.isBefore(end.minusDays(LONGEST_DAYS))) {
            problems.add("dashboard.problem.long");
            start = end.minusDays(LONGEST_DAYS);
        }
        return new DateRange(start, end, List.copyOf(problems));
    }

    private static LocalDate date(String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            if (!problems.contains("dashboard.problem.date")) {
                problems.add("dashboard.problem.date");
            }
            return null;
        }
    }
}
