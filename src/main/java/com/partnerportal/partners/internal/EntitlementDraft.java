package com.partnerportal.partners.internal;

import com.partnerportal.shared.RegistrableDomain;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An entitlement as typed in the form, a CSV row or the API, checked field by field. Domains are
 * reduced to registrable domains (R3.3), so {@code mail.acme.co.uk} is stored as {@code acme.co.uk}.
 */
public record EntitlementDraft(String customerId, String companyName, String country, List<String> domains) {

    /** A field and what is wrong with it, as a message key with arguments. */
    public record Problem(String field, String messageKey, Object... arguments) {}

    public record Checked(EntitlementDraft draft, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static final int MAX_DOMAINS = 20;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;|]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public static Checked check(String customerId, String companyName, String country, String domainsText) {
        List<Problem> problems = new ArrayList<>();
        String id = clean(customerId);
        if (id.isEmpty()) {
            problems.add(new Problem("customerId", "entitlements.error.customerIdMissing"));
        } else if (id.length() > 100 || CONTROL.matcher(id).find()) {
            problems.add(new Problem("customerId", "entitlements.error.customerIdInvalid"));
        }
        String name = clean(companyName);
        if (name.isEmpty()) {
            problems.add(new Problem("companyName", "entitlements.error.nameMissing"));
        } else if (name.length() > 200 || CONTROL.matcher(name).find()) {
            problems.add(new Problem("companyName", "entitlements.error.nameInvalid"));
        }
        String code = clean(country).toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            problems.add(new Problem("country", "entitlements.error.country"));
        }
        var domains = new LinkedHashSet<String>();
        String text = domainsText == null ? "" : domainsText.strip();
        if (text.isEmpty()) {
            problems.add(new Problem("domains", "entitlements.error.domainsMissing"));
        } else if (text.length() > 5_000) {
            problems.add(new Problem("domains", "entitlements.error.domainsTooMany", MAX_DOMAINS));
        } else {
            for (String candidate : SEPARATORS.split(text)) {
                if (candidate.isEmpty()) {
                    continue;
                }
                try {
                    domains.add(RegistrableDomain.of(candidate.replaceFirst("^.*@", ""))
                            .value());
                } catch (IllegalArgumentException invalid) {
                    problems.add(new Problem("domains", "entitlements.error.domainInvalid", shorten(candidate)));
                }
            }
            if (domains.size() > MAX_DOMAINS) {
                problems.add(new Problem("domains", "entitlements.error.domainsTooMany", MAX_DOMAINS));
            }
        }
        return new Checked(new EntitlementDraft(id, name, code, List.copyOf(domains)), List.copyOf(problems));
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
