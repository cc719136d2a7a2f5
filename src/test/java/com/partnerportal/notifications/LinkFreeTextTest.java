package com.partnerportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R3.8: a reviewer's free text reaches the applicant readable, with no address a mail client would link. */
class LinkFreeTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Not a reseller of ours. | Not a reseller of ours.",
                "Reapply at https://evil.example/login now | Reapply at https[:]//evil[.]example/login now",
                "See HTTP://Evil.Example | See HTTP[:]//Evil[.]Example",
                "go to www.evil.example today | go to www[.]evil[.]example today",
                "write to help@evil.example | write to help[at]evil[.]example",
                "visit evil.example/reset | visit evil[.]example/reset",
                "sub.domain.evil.co.uk | sub[.]domain[.]evil[.]co[.]uk",
                "javascript://x.y | javascript[:]//x[.]y",
                "Version 2.0, e.g. later, 3.14 | Version 2.0, e.g. later, 3.14",
                "'' | ''"
            })
    void addressesAreWrittenSoThatNoMailClientLinksThem(String note, String emailed) {
        assertThat(LinkFreeText.of(note)).isEqualTo(emailed);
    }
}
