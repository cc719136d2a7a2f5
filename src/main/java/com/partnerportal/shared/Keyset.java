package com.partnerportal.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A place in a list ordered by a time and an id (R7.1, R8.4): the next page starts after the last
 * row shown, so rows that arrive or leave meanwhile never shift a page, and any page costs one index
 * range, however deep. Links carry it as {@code after=<seconds>.<nanos>_<id>}.
 */
public record Keyset(Instant at, UUID id) {

    /** How many rows a keyset page shows. */
    public static final int PAGE_SIZE = 50;

    private static final Pattern TEXT = Pattern.compile("(\\d{1,12})\\.(\\d{1,9})_([0-9a-fA-F-]{36})");

    /** A page of rows, and where the next one starts (null on the last page). */
    public record Page<T>(List<T> rows, Keyset next) {

        public boolean last() {
            return next == null;
        }
    }

    /** The place a link carries; none (the first page) when it is absent or not one of ours. */
    public static Optional<Keyset> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var match = TEXT.matcher(text.strip());
        if (!match.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Keyset(
                    Instant.ofEpochSecond(Long.parseLong(match.group(1)), Long.parseLong(match.group(2))),
                    UUID.fromString(match.group(3))));
        } catch (IllegalArgumentException | java.time.DateTimeException notOurs) {
            return Optional.empty();
        }
    }

    /**
     * The page out of {@code fetched}, which a query read with {@code LIMIT size + 1}: one row more
     * than shown tells that there is a next page.
     */
    public static <T> Page<T> page(List<T> fetched, int size, Function<T, Keyset> place) {
        if (fetched.size() <= size) {
            return new Page<>(List.copyOf(fetched), null);
        }
        var rows = List.copyOf(fetched.subList(0, size));
        return new Page<>(rows, place.apply(rows.getLast()));
    }

    public String text() {
        return at.getEpochSecond() + "." + at.getNano() + "_" + id;
    }

    public OffsetDateTime atUtc() {
        return at.atOffset(ZoneOffset.UTC);
    }
}
