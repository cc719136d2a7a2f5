package com.partnerportal.deals;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.deals.internal.DealForm;
import com.partnerportal.deals.internal.Deals;
import com.partnerportal.deals.internal.Deals.Action;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import java.net.IDN;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.Caller;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * R9.2 as a table: a first partner's registration, then a second partner's of what may be the same
 * customer; the vendor sees a conflict by domain, by similar name in the same country, or none.
 * Every case has products of its own, so that cases never meet.
 */
@PortalTest
class DealConflictsTest {

    @Autowired
    Deals deals;

    @Autowired
    Partners partners;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    private final Caller vendor = Caller.vendor("olivia@sentinelone.example");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            same website                | https://{d}     | ada@{d}        | Acme      | CA | SUBMITTED | {d}          | bob@orbit-{u}.com | Zenith            | CA | yes | domain
            same contact domain         | -               | ada@{d}        | Acme      | CA | SUBMITTED | -            | bob@{d}           | Zenith            | CA | yes | domain
            website against contact     | https://www.{d} | ada@gmail.com  | Acme      | CA | SUBMITTED | -            | bob@{d}           | Zenith            | CA | yes | domain
            subdomain                   | https://eu.{d}  | ada@gmail.com  | Acme      | CA | SUBMITTED | {d}/contact  | bob@gmail.com     | Zenith            | CA | yes | domain
            IDN and its punycode        | https://{idn}   | ada@gmail.com  | Acme      | DE | SUBMITTED | -            | ops@{puny}        | Zenith            | DE | yes | domain
            similar names, one country  | https://a-{d}   | ada@a-{d}      | Acme Corp | CA | SUBMITTED | https://b-{d} | bob@b-{d}        | ACME Corporation Inc. | CA | yes | name
            similar names, two countries | https://a-{d}  | ada@a-{d}      | Acme Corp | CA | SUBMITTED | https://b-{d} | bob@b-{d}        | ACME Corporation Inc. | FR | yes | none
            no shared product           | https://{d}     | ada@{d}        | Acme      | CA | SUBMITTED | {d}          | bob@{d}           | Acme              | CA | no  | none
            approved, still protected   | https://{d}     | ada@{d}        | Acme      | CA | APPROVED  | {d}          | bob@{d}           | Acme              | CA | yes | domain
            approved, expired           | https://{d}     | ada@{d}        | Acme      | CA | EXPIRED   | {d}          | bob@{d}           | Acme              | CA | yes | none
            withdrawn                   | https://{d}     | ada@{d}        | Acme      | CA | WITHDRAWN | {d}          | bob@{d}           | Acme              | CA | yes | none
            a draft                     | https://{d}     | ada@{d}        | Acme      | CA | DRAFT     | {d}          | bob@{d}           | Acme              | CA | yes | none
            contacts at a mail provider | -               | ada@gmail.com  | Acme      | CA | SUBMITTED | -            | bob@gmail.com     | Zenith            | CA | yes | none
            """)
    void theVendorSeesEachConflictForWhatItIs(
            String name,
            String firstWebsite,
            String firstEmail,
            String firstCustomer,
            String firstCountry,
            String firstState,
            String secondWebsite,
            String secondEmail,
            String secondCustomer,
            String secondCountry,
            String sharesProduct,
            String expected) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        UUID product = product(unique);
        UUID first = register(
                firstWebsite, firstEmail, firstCustomer, firstCountry, product, unique, !firstState.equals("DRAFT"));
        reach(first, firstState);
        UUID secondProduct = "yes".equals(sharesProduct) ? product : product(unique + "-other");
        UUID second = register(secondWebsite, secondEmail, secondCustomer, secondCountry, secondProduct, unique, false);
        deals.act(partnerOf(second), second, Action.SUBMIT, null);

        var conflict = deals.view(vendor, second).conflicts().stream()
                .filter(found -> found.other().id().equals(first))
                .findFirst();
        String seen =
                conflict.map(found -> found.sameDomain() ? "domain" : "name").orElse("none");
        assertThat(seen).as(name).isEqualTo(expected);
        assertThat(deals.view(partnerOf(second), second).conflicts())
                .as("the partner never sees who else registered")
                .isEmpty();
        assertThat(deals.view(partnerOf(second), second).needsReview()).isEqualTo(!"none".equals(expected));
    }

    private final java.util.Map<UUID, Caller> registrants = new java.util.HashMap<>();

    private UUID register(
            String website,
            String email,
            String customer,
            String country,
            UUID product,
            String unique,
            boolean submit) {
        CompanyId company = testAccounts.company("Partner " + unique);
        var distributor = testAccounts.distributor();
        partners.associate(company, distributor, "C-" + unique, "test");
        var partner = Caller.partner(testAccounts.partnerUser(company), company.value());
        UUID id = deals.register(
                partner,
                new DealForm(
                        customer,
                        fill(website, unique),
                        country,
                        "Ada Buyer",
                        fill(email, unique),
                        null,
                        List.of(product.toString()),
                        "USD",
                        "25000",
                        LocalDate.now().plusMonths(2).toString(),
                        null,
                        null),
                submit);
        registrants.put(id, partner);
        return id;
    }

    private Caller partnerOf(UUID deal) {
        return registrants.get(deal);
    }

    private void reach(UUID deal, String state) {
        switch (state) {
            case "SUBMITTED", "DRAFT" -> {}
            case "WITHDRAWN" -> deals.act(partnerOf(deal), deal, Action.WITHDRAW, null);
            case "APPROVED", "EXPIRED" -> {
                deals.act(vendor, deal, Action.DISTRIBUTOR_APPROVE, null);
                deals.act(vendor, deal, Action.APPROVE, null);
                if (state.equals("EXPIRED")) {
                    jdbc.sql("UPDATE deal_registration SET expires_at = now() - interval '1 hour' WHERE id = :id")
                            .param("id", deal)
                            .update();
                }
            }
            default -> throw new IllegalArgumentException(state);
        }
    }

    /** {d} a domain of the case's own, {idn} one with an accent, {puny} the same in ASCII. */
    private static String fill(String typed, String unique) {
        if (typed == null) {
            return null;
        }
        String idn = "bücher-" + unique + ".de";
        return typed.replace("{d}", "acme-" + unique + ".com")
                .replace("{u}", unique)
                .replace("{idn}", idn)
                .replace("{puny}", IDN.toASCII(idn));
    }

    private UUID product(String unique) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO deal_product (id, name) VALUES (:id, :name)")
                .param("id", id)
                .param("name", "Conflicts " + unique)
                .update();
        return id;
    }
}
