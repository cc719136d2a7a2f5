package com.partnerportal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.registration.internal.DomainRules;
import com.partnerportal.registration.internal.EmailPolicy;
import com.partnerportal.shared.EmailAddress;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R3.2: free and disposable providers from the maintained lists, the vendor's rules first. */
class EmailPolicyTest {

    private final Map<String, DomainRules.Kind> vendorRules = Map.of(
            "fastmail.com", DomainRules.Kind.ALLOW,
            "competitor.com", DomainRules.Kind.DENY,
            "watch-this.fr", DomainRules.Kind.FLAG);

    private final EmailPolicy policy = new EmailPolicy(new DomainRules(null) {
        @Override
        public Optional<Kind> ruleFor(String domain) {
            return Optional.ofNullable(vendorRules.get(domain));
        }
    });

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "jane@gmail.com, FREE_PROVIDER",
        "jane@GMAIL.com, FREE_PROVIDER",
        "jane@hotmail.fr, FREE_PROVIDER",
        "jane@yahoo.co.uk, FREE_PROVIDER",
        "jane@outlook.com, FREE_PROVIDER",
        "jane@orange.fr, FREE_PROVIDER",
        "jane@mailinator.com, DISPOSABLE",
        "jane@10minutemail.com, DISPOSABLE",
        "jane@anything.0x01.gq, DISPOSABLE",
        "jane@acme.com, BUSINESS",
        "anna@mail.entitled-6ad0167d.ca, BUSINESS",
        "jane@northwind-secure.ca, BUSINESS",
        "jane@fastmail.com, BUSINESS",
        "jane@sales.competitor.com, DENIED",
        "jane@watch-this.fr, FLAGGED",
    })
    void judges(String address, EmailPolicy.Verdict expected) {
        assertThat(policy.judge(EmailAddress.parse(address))).isEqualTo(expected);
    }
}
