package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R3.3: addresses and domains compare case-insensitively, without trailing dot, IDN in punycode, by registrable domain. */
class AddressNormalisationTest {

    @ParameterizedTest(name = "{0} → {1}, company domain {2}")
    @CsvSource(
            delimiterString = " | ",
            value = {
                "Jane.Doe@ACME.com | jane.doe@acme.com | acme.com",
                "  jane@acme.com   | jane@acme.com | acme.com",
                "jane@mail.acme.co.uk | jane@mail.acme.co.uk | acme.co.uk",
                "jane@acme.co.uk. | jane@acme.co.uk | acme.co.uk",
                "jean@société.fr | jean@xn--socit-esab.fr | xn--socit-esab.fr",
                "jean@xn--socit-esab.fr | jean@xn--socit-esab.fr | xn--socit-esab.fr",
                "jean@SOCIÉTÉ.FR | jean@xn--socit-esab.fr | xn--socit-esab.fr",
                "ops@eu.mail.bastion-it.fr | ops@eu.mail.bastion-it.fr | bastion-it.fr",
                "olivia@sentinelone.example | olivia@sentinelone.example | sentinelone.example",
                "it@dept.city.kawasaki.jp | it@dept.city.kawasaki.jp | city.kawasaki.jp",
                "user+tag@acme.com | user+tag@acme.com | acme.com",
            })
    void normalises(String input, String address, String companyDomain) {
        var parsed = EmailAddress.parse(input);
        assertThat(parsed.value()).isEqualTo(address);
        assertThat(RegistrableDomain.of(parsed).value()).isEqualTo(companyDomain);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "no-at-sign",
                "@acme.com",
                "jane@",
                "jane@@acme.com",
                "jane@acme",
                "\"quoted local\"@acme.com",
                "jane@[192.168.0.1]",
                "jane@-acme.com",
                "jane@acme..com",
                "jane doe@acme.com",
                "jane\n@acme.com",
                "jane@ac me.com",
                "<script>@acme.com",
                "jane.@acme.com",
            })
    void refusesMalformedAddresses(String input) {
        assertThatThrownBy(() -> EmailAddress.parse(input)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"user@co.uk", "user@com", "user@github.io"})
    void refusesAddressesAtAPublicSuffix(String input) {
        assertThatThrownBy(() -> RegistrableDomain.of(EmailAddress.parse(input)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void refusesVeryLongInputWithoutTrouble() {
        assertThatThrownBy(() -> EmailAddress.parse("a".repeat(100_000) + "@acme.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmailAddress.parse("a".repeat(65) + "@acme.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmailAddress.parse("jane@" + "a".repeat(64) + ".com"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
