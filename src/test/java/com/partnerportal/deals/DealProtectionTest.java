package com.partnerportal.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerportal.deals.internal.DealProtection;
import com.partnerportal.deals.internal.DealRegistration;
import com.partnerportal.deals.internal.DealRegistrations;
import com.partnerportal.deals.internal.DealTransitionRefusedException;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.Caller;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * R9.5: reminders 14 and 3 days before expiry and the expiry itself happen once, however many
 * instances run the job at the same moment; one extension, decided by the vendor.
 */
@PortalTest
class DealProtectionTest {

    @Autowired
    DealRegistrations registrations;

    @Autowired
    DealProtection protection;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachReminderIsSentOnceWhenFourInstancesRunTheJobAtOnce() throws Exception {
        var deal = approved();
        expiresIn("10 days", deal.id());
        assertThat(atOnce(4, () -> protection.remind(14))).containsExactlyInAnyOrder(1, 0, 0, 0);
        assertThat(atOnce(4, () -> protection.remind(3))).containsOnly(0);
        expiresIn("2 days", deal.id());
        assertThat(atOnce(4, () -> protection.remind(3))).containsExactlyInAnyOrder(1, 0, 0, 0);
        assertThat(reminders(deal.registeredBy())).isEqualTo(2);
    }

    @Test
    void eachRegistrationExpiresOnceAndFreesItsCustomer() throws Exception {
        List<DealRegistration> deals = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            var deal = approved();
            expiresIn("-1 minute", deal.id());
            deals.add(deal);
        }
        atOnce(4, () -> protection.expireBatch());
        for (var deal : deals) {
            assertThat(jdbc.sql("SELECT count(*) FROM deal_history WHERE deal_id = :d AND to_status = 'EXPIRED'")
                            .param("d", deal.id())
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM deal_claim WHERE deal_id = :d")
                            .param("d", deal.id())
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(registrations.find(deal.id()).status().name()).isEqualTo("EXPIRED");
        }
    }

    @Test
    void thePartnerAsksOnceForAnExtensionAndTheVendorGrantsIt() {
        var deal = approved();
        var partner = new Caller(deal.registeredBy(), deal.companyId().value(), null, false);
        var vendor = new Caller("vendor@sentinelone.example", null, null, true);
        var before = registrations.find(deal.id()).expiresAt();
        protection.requestExtension(partner, deal, "The customer's board meets in March.");
        assertThatThrownBy(() -> protection.requestExtension(partner, deal, "Again"))
                .isInstanceOf(DealTransitionRefusedException.class);
        assertThatThrownBy(() -> protection.decideExtension(partner, deal, true, null))
                .isInstanceOf(DealTransitionRefusedException.class);
        protection.decideExtension(vendor, deal, true, null);
        assertThat(registrations.find(deal.id()).expiresAt()).isEqualTo(before.plus(DealProtection.EXTENSION));
        assertThatThrownBy(() -> protection.decideExtension(vendor, deal, true, null))
                .isInstanceOf(DealTransitionRefusedException.class);
    }

    private DealRegistration approved() {
        CompanyId company = testAccounts.company("Protected " + UUID.randomUUID());
        var distributor = testAccounts.distributor();
        partners.associate(
                company, distributor, "P-" + UUID.randomUUID().toString().substring(0, 6), "test");
        String registrant = testAccounts.partnerUser(company);
        UUID product = UUID.randomUUID();
        jdbc.sql("INSERT INTO deal_product (id, name) VALUES (:id, :name)")
                .param("id", product)
                .param("name", "Protected product " + product)
                .update();
        String domain = "c" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        var draft = DealRegistration.draft(
                company,
                distributor,
                registrant,
                new DealRegistration.Customer("Protected customer", "protected customer", "CA", domain, domain),
                new DealRegistration.Contact("Ada", "ada@" + domain, domain, null),
                Set.of(product),
                new DealRegistration.Estimate(
                        "USD", BigDecimal.TEN, LocalDate.now().plusMonths(1)),
                null);
        registrations.saveDraft(draft);
        registrations.submit(draft.id(), registrant);
        registrations.distributorApproves(draft.id(), "reviewer@distributor.example", null);
        return registrations.approve(draft.id(), "vendor@sentinelone.example", null);
    }

    private void expiresIn(String interval, UUID deal) {
        jdbc.sql("UPDATE deal_registration SET expires_at = now() + CAST(:i AS interval) WHERE id = :d")
                .param("i", interval)
                .param("d", deal)
                .update();
    }

    private long reminders(String registrant) {
        return jdbc.sql("SELECT count(*) FROM email_message WHERE recipient = :r AND kind = 'deal-reminder'")
                .param("r", registrant)
                .query(Long.class)
                .single();
    }

    private static List<Integer> atOnce(int instances, Callable<Integer> job) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(instances)) {
            var futures = new ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < instances; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return job.call();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
