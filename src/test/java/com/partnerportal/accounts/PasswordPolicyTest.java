package com.partnerportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.accounts.internal.AccountsProperties;
import com.partnerportal.accounts.internal.PasswordPolicy;
import com.partnerportal.accounts.internal.PasswordPolicy.Refusal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ASVS 6.2 / NIST SP 800-63B-4: length, common passwords, context words; no composition rules. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(new AccountsProperties(
            Duration.ofHours(72),
            Duration.ofHours(1),
            15,
            null,
            List.of("127.0.0.1/32"),
            5,
            20,
            Duration.ofSeconds(1),
            Duration.ofMinutes(15),
            Duration.ofHours(1),
            Duration.ofHours(12),
            false,
            "Partner Portal",
            List.of(),
            false,
            3,
            20));

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(
            delimiterString = " | ",
            nullValues = "ACCEPTED",
            value = {
                "correct horse battery staple | ACCEPTED",
                "all lower case and no digits | ACCEPTED",
                "Ünïcödé pässphrase wörks fine | ACCEPTED",
                "fifteen chars!! | ACCEPTED",
                "fourteen chars | TOO_SHORT",
                "short | TOO_SHORT",
                "'' | TOO_SHORT",
                "🔐🔐🔐🔐🔐🔐🔐🔐🔐🔐🔐🔐🔐🔐 | TOO_SHORT",
                "passwordpassword | COMMON",
                "password1234567890 | COMMON",
                "1qaz2wsx3edc4rfv | COMMON",
                "qwertyuiop 2026!!! | COMMON",
                "jane.doe is my name | CONTAINS_EMAIL",
                "JANEDOE rocks forever | CONTAINS_EMAIL",
                "we love northwind secure | CONTAINS_COMPANY",
                "northwind-secure-2026! | CONTAINS_COMPANY",
            })
    void decides(String password, Refusal expected) {
        var context = new PasswordPolicy.Context("jane.doe@northwind-secure.ca", "Northwind Secure");
        assertThat(policy.check(password, context)).isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @org.junit.jupiter.api.Test
    void acceptsUpTo128CharactersAndNoMore() {
        var context = new PasswordPolicy.Context("jane.doe@example.com", null);
        String word = "sunflower meadow ";
        String longest = word.repeat(8).substring(0, 128);
        assertThat(policy.check(longest, context)).isEmpty();
        assertThat(policy.check(longest + "x", context)).contains(Refusal.TOO_LONG);
    }

    @org.junit.jupiter.api.Test
    void countsCharactersNotBytesAndComparesTheNormalisedForm() {
        var context = new PasswordPolicy.Context("jane.doe@example.com", null);
        // 15 code points, 30 UTF-16 units: long enough.
        assertThat(policy.check("🔐".repeat(15), context)).isEmpty();
        // Full-width letters normalise (NFKC) to a common password.
        assertThat(policy.check("ｐａｓｓｗｏｒｄｐａｓｓｗｏｒｄ", context)).contains(Refusal.COMMON);
    }
}
