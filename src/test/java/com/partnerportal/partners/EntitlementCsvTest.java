package com.partnerportal.partners;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.partners.internal.EntitlementCsv;
import org.junit.jupiter.api.Test;

/** R2.2: every row of an uploaded list is checked, with a clear problem per rejected row. */
class EntitlementCsvTest {

    @Test
    void tenThousandRowsWithSomeMalformedOnesAreCountedExactly() {
        var csv = new StringBuilder("customer_id,company_name,country,domains\n");
        int malformed = 0;
        for (int i = 1; i <= 10_000; i++) {
            if (i % 97 == 0) {
                csv.append("C-")
                        .append(i)
                        .append(",Broken ")
                        .append(i)
                        .append(",ZZ,broken-")
                        .append(i)
                        .append(".com\n");
                malformed++;
            } else if (i % 101 == 0) {
                csv.append("C-").append(i).append(",No Domain ").append(i).append(",FR,\n");
                malformed++;
            } else {
                csv.append("C-")
                        .append(i)
                        .append(",\"Partner, ")
                        .append(i)
                        .append(" Inc\",CA,")
                        .append("mail.partner-")
                        .append(i)
                        .append(".co.uk partner-")
                        .append(i)
                        .append(".com\n");
            }
        }
        var parsed = EntitlementCsv.parse(csv.toString());

        assertThat(parsed.fileProblem()).isNull();
        assertThat(parsed.rows()).isEqualTo(10_000);
        assertThat(parsed.rejectedRows()).isEqualTo(malformed);
        assertThat(parsed.valid()).hasSize(10_000 - malformed);
        assertThat(parsed.valid().getFirst().domains()).containsExactly("partner-1.co.uk", "partner-1.com");
        assertThat(parsed.valid().getFirst().companyName()).isEqualTo("Partner, 1 Inc");
        assertThat(parsed.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(98);
            assertThat(p.messageKey()).isEqualTo("entitlements.error.country");
        });
    }

    @Test
    void readsFrenchSpreadsheetExportsWithSemicolonsAndABom() {
        var parsed =
                EntitlementCsv.parse("\uFEFFID client;Société;Pays;Domaines\nSW-1;Cèdre Informatique;ca;CÈDRE.ca\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.valid()).singleElement().satisfies(row -> {
            assertThat(row.country()).isEqualTo("CA");
            assertThat(row.domains()).containsExactly("xn--cdre-5oa.ca");
        });
    }

    @Test
    void aRepeatedCustomerIdIsRejectedWithTheLineItFirstAppearsOn() {
        var parsed = EntitlementCsv.parse(
                "customer_id,company_name,country,domains\n" + "A,One,FR,one.fr\n" + "A,Other,FR,other.fr\n");
        assertThat(parsed.valid()).hasSize(1);
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.messageKey()).isEqualTo("entitlements.import.duplicate");
            assertThat(p.arguments()).containsExactly(2L);
        });
    }

    @Test
    void unreadableFilesSaySoWithoutAnyRow() {
        assertThat(EntitlementCsv.parse("").fileProblem()).isEqualTo("entitlements.import.empty");
        assertThat(EntitlementCsv.parse("name,email\nx,y\n").fileProblem()).isEqualTo("entitlements.import.header");
        assertThat(EntitlementCsv.parse("customer_id,company_name,country,domains\n\"unclosed,x,FR,a.fr\n")
                        .fileProblem())
                .isEqualTo("entitlements.import.unreadable");
    }

    @Test
    void publicSuffixesAndGarbageAreNotDomains() {
        var parsed = EntitlementCsv.parse("customer_id,company_name,country,domains\n"
                + "A,One,FR,co.uk\n"
                + "B,Two,FR,<script>\n"
                + "C,Three,FR,../../etc/passwd\n");
        assertThat(parsed.valid()).isEmpty();
        assertThat(parsed.rejectedRows()).isEqualTo(3);
    }
}
