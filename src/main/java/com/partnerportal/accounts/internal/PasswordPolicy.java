package com.partnerportal.accounts.internal;

import com.partnerportal.shared.WordList;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which passwords the portal accepts (OWASP ASVS 6.2, NIST SP 800-63B-4): long enough, not too long
 * to hash, no composition rules, not one of the 49,000 most common passwords, not containing the
 * address or the company name.
 */
@Component
public class PasswordPolicy {

    /** Why a password is refused, as a message key. */
    public enum Refusal {
        TOO_SHORT("password.tooShort"),
        TOO_LONG("password.tooLong"),
        COMMON("password.common"),
        CONTAINS_EMAIL("password.containsEmail"),
        CONTAINS_COMPANY("password.containsCompany");

        public final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /** The person the password is for: their address, and their company's name when they have one. */
    public record Context(String email, String companyName) {}

    private static final int SHORTEST_WORD_CHECKED = 4;

    private final int minimumLength;
    private final Set<String> commonPasswords;

    public PasswordPolicy(AccountsProperties properties) {
        this.minimumLength = properties.minimumPasswordLength();
        this.commonPasswords = WordList.load("data/common-passwords/passwords.txt");
    }

    public int minimumLength() {
        return minimumLength;
    }

    /** NFKC, as NIST 800-63B asks, so that the same password typed on two keyboards hashes the same. */
    public static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    public Optional<Refusal> check(String rawPassword, Context context) {
        String password = rawPassword == null ? "" : normalise(rawPassword);
        int length = password.codePointCount(0, password.length());
        if (length < minimumLength) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (length > AccountsProperties.MAXIMUM_PASSWORD_LENGTH) {
            return Optional.of(Refusal.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower) || commonPasswords.contains(lower.replaceAll("[\\s\\d!?.]+$", ""))) {
            return Optional.of(Refusal.COMMON);
        }
        String compact = compact(lower);
        String localPart = context.email().substring(0, context.email().indexOf('@'));
        if (containsWord(compact, localPart)) {
            return Optional.of(Refusal.CONTAINS_EMAIL);
        }
        for (String word : localPart.split("[._+-]")) {
            if (containsWord(compact, word)) {
                return Optional.of(Refusal.CONTAINS_EMAIL);
            }
        }
        if (context.companyName() != null && containsWord(compact, context.companyName())) {
            return Optional.of(Refusal.CONTAINS_COMPANY);
        }
        return Optional.empty();
    }

    private static boolean containsWord(String compactPassword, String word) {
        String compactWord = compact(word.toLowerCase(Locale.ROOT));
        return compactWord.length() >= SHORTEST_WORD_CHECKED && compactPassword.contains(compactWord);
    }

    /** Letters and digits only, so that "Acme Cyber" is found in "acme-cyber-2026". */
    private static String compact(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
