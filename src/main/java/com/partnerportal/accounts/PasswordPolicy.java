package com.partnerportal.accounts;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which passwords the portal accepts (ASVS 6.2, NIST SP 800-63B-4): long enough, not too long to
 * hash, no composition rules, not containing the address's local part.
 */
@Component
class PasswordPolicy {

    /** Why a password is refused, as a message key. */
    enum Refusal {
        TOO_SHORT("password.tooShort"),
        TOO_LONG("password.tooLong"),
        CONTAINS_EMAIL("password.containsEmail");

        final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final int minimumLength;

    PasswordPolicy(AccountsProperties properties) {
        this.minimumLength = properties.minimumPasswordLength();
    }

    int minimumLength() {
        return minimumLength;
    }

    Optional<Refusal> check(String password, String email) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < minimumLength) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (length > AccountsProperties.MAXIMUM_PASSWORD_LENGTH) {
            return Optional.of(Refusal.TOO_LONG);
        }
        String localPart = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
        if (localPart.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(localPart)) {
            return Optional.of(Refusal.CONTAINS_EMAIL);
        }
        return Optional.empty();
    }
}
