package com.partnerportal.deals;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.deals.internal.CustomerNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Customer names as conflicts compare them (R9.2). */
class CustomerNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Acme Corp                | acme
            ACME Corporation Inc.    | acme
            Société Générale SA      | societe generale
            Müller GmbH & Co. KG     | muller
            Bastion IT Ltd           | bastion it
            The Limited              | the
            Group                    | group
            """)
    void legalFormsCaseAccentsAndPunctuationDoNotCount(String name, String key) {
        assertThat(CustomerNames.key(name)).isEqualTo(key);
    }
}
