package com.partnerportal.deals.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The key conflicts compare customer names by (R9.2): "ACME Corporation Inc." and "Acme Corp" are
 * both {@code acme}. Lower case, accents and punctuation gone, and the legal-form words at the end
 * dropped (Inc, Ltd, SAS, GmbH, Corporation…), so that PostgreSQL's trigram similarity compares
 * what names the company.
 */
public final class CustomerNames {

    private static final Set<String> LEGAL_FORMS = Set.of(
            "inc",
            "incorporated",
            "corp",
            "corporation",
            "co",
            "company",
            "ltd",
            "limited",
            "llc",
            "llp",
            "lp",
            "plc",
            "sa",
            "sas",
            "sasu",
            "sarl",
            "eurl",
            "sca",
            "snc",
            "gmbh",
            "ag",
            "kg",
            "ug",
            "bv",
            "nv",
            "srl",
            "spa",
            "ab",
            "as",
            "oy",
            "pty",
            "pte",
            "kk",
            "ulc",
            "group");

    private CustomerNames() {}

    public static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        List<String> words = new ArrayList<>(Arrays.asList(plain.split(" ")));
        while (words.size() > 1 && LEGAL_FORMS.contains(words.getLast())) {
            words.removeLast();
        }
        return String.join(" ", words);
    }
}
