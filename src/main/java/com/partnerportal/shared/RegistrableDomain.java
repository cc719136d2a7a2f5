package com.partnerportal.shared;

import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The domain a company registered, as the portal compares them (R3.3): lower case, no trailing
 * dot, IDN in ASCII (punycode), and reduced to its registrable part by the Public Suffix List, so
 * that {@code mail.acme.co.uk} and {@code ACME.co.uk.} are both {@code acme.co.uk}. Hosts under no
 * known suffix (such as {@code .example}) keep their last two labels; a public suffix itself
 * ({@code co.uk}) is no company's domain and is refused.
 */
public record RegistrableDomain(String value) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    public RegistrableDomain {
        if (value == null || !value.equals(normaliseHost(value))) {
            throw new InvalidDomainException();
        }
    }

    public static RegistrableDomain of(String host) {
        String ascii = normaliseHost(host);
        InternetDomainName name = InternetDomainName.from(ascii);
        if (name.isPublicSuffix() || name.isRegistrySuffix()) {
            throw new InvalidDomainException();
        }
        if (name.isUnderPublicSuffix()) {
            return new RegistrableDomain(name.topPrivateDomain().toString());
        }
        var parts = name.parts();
        return new RegistrableDomain(parts.get(parts.size() - 2) + "." + parts.getLast());
    }

    public static RegistrableDomain of(EmailAddress address) {
        return of(address.domain());
    }

    /**
     * Lower case, no trailing dot, IDN to ASCII, each label valid, at least two labels.
     *
     * @throws InvalidDomainException when it is not a host name
     */
    public static String normaliseHost(String host) {
        if (host == null) {
            throw new InvalidDomainException();
        }
        String trimmed = host.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty() || trimmed.length() > 253) {
            throw new InvalidDomainException();
        }
        String ascii;
        try {
            ascii = IDN.toASCII(trimmed, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidDomainException();
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || ascii.length() > 253) {
            throw new InvalidDomainException();
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidDomainException();
            }
        }
        return ascii;
    }

    @Override
    public String toString() {
        return value;
    }

    /** Not a domain a company can own. */
    public static class InvalidDomainException extends IllegalArgumentException {
        public InvalidDomainException() {
            super("Not a valid company email domain");
        }
    }
}
