package com.partnerportal.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as the portal compares them (R3.3): trimmed, lower case, the domain without a
 * trailing dot and in ASCII (IDN to punycode). Quoted local parts and address literals are refused:
 * no partner needs them, and they are where parsers disagree.
 */
public record EmailAddress(String localPart, String domain) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern LOCAL_PART =
            Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

    public EmailAddress {
        if (!LOCAL_PART.matcher(localPart).matches() || localPart.length() > 64) {
            throw new InvalidEmailAddressException("local part");
        }
        try {
            if (!domain.equals(RegistrableDomain.normaliseHost(domain))) {
                throw new InvalidEmailAddressException("domain");
            }
        } catch (RegistrableDomain.InvalidDomainException e) {
            throw new InvalidEmailAddressException("domain");
        }
    }

    /** Parses what a person typed; throws {@link InvalidEmailAddressException} with no detail of the input. */
    public static EmailAddress parse(String input) {
        if (input == null || input.length() > MAX_LENGTH + 2) {
            throw new InvalidEmailAddressException("length");
        }
        String trimmed = input.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at != trimmed.indexOf('@') || at == trimmed.length() - 1) {
            throw new InvalidEmailAddressException("shape");
        }
        String local = trimmed.substring(0, at).toLowerCase(Locale.ROOT);
        String asciiHost;
        try {
            asciiHost = RegistrableDomain.normaliseHost(trimmed.substring(at + 1));
        } catch (RegistrableDomain.InvalidDomainException e) {
            throw new InvalidEmailAddressException("domain");
        }
        var address = new EmailAddress(local, asciiHost);
        if (address.value().length() > MAX_LENGTH) {
            throw new InvalidEmailAddressException("length");
        }
        return address;
    }

    public String value() {
        return localPart + "@" + domain;
    }

    @Override
    public String toString() {
        return value();
    }

    /** The input is not an email address the portal accepts. */
    public static class InvalidEmailAddressException extends IllegalArgumentException {
        public InvalidEmailAddressException(String part) {
            super("Invalid email address (" + part + ")");
        }
    }
}
