package com.partnerportal.shared;

import java.text.Collator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The ISO 3166 countries, for the forms that ask for one, named and sorted in the reader's language. */
public final class Countries {

    public static final Set<String> CODES = Set.of(Locale.getISOCountries());

    public record Country(String code, String name) {}

    private Countries() {}

    public static List<Country> in(Locale locale) {
        var collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, Locale.of("", code).getDisplayCountry(locale)))
                .sorted((a, b) -> collator.compare(a.name(), b.name()))
                .toList();
    }
}
