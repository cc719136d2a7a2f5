package com.partnerportal.deals;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.deals.internal.DealExclusivityException;
import com.partnerportal.deals.internal.DealRegistration;
import com.partnerportal.deals.internal.DealRegistrations;
import com.partnerportal.deals.internal.DealStatus;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/**
 * R9.4 in PostgreSQL: twenty reviewers approving twenty registrations of one customer and product
 * at the same instant end with exactly one approved; registrations of other products of that
 * customer are each approved once.
 */
@PortalTest
class DealExclusivityRaceTest {

    @Autowired
    DealRegistrations registrations;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ofTwentyApprovalsAtOnceOfOneCustomerAndProductExactlyOneWins() throws Exception {
        UUID product = product("Singularity XDR " + UUID.randomUUID());
        String domain = "c" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        List<UUID> deals = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            deals.add(underVendorReview(domain, product));
        }
        var outcomes = approveAtOnce(deals);
        assertThat(outcomes).filteredOn("approved"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("refused"::equals).hasSize(19);
        assertThat(statuses(deals)).containsOnly("APPROVED", "VENDOR_REVIEW");
        assertThat(statuses(deals)).filteredOn("APPROVED"::equals).hasSize(1);
    }

    @Test
    void eachProductOfOneCustomerIsApprovedOnce() throws Exception {
        String domain = "c" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        List<UUID> deals = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            UUID product = product("Product " + p + " " + UUID.randomUUID());
            for (int i = 0; i < 5; i++) {
                deals.add(underVendorReview(domain, product));
            }
        }
        var outcomes = approveAtOnce(deals);
        assertThat(outcomes).filteredOn("approved"::equals).hasSize(4);
        assertThat(jdbc.sql("SELECT count(*) FROM deal_claim WHERE customer_key = :k")
                        .param("k", "domain:" + domain)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void aWithdrawnApprovalFreesTheCustomerForTheNext() {
        UUID product = product("Vigilance " + UUID.randomUUID());
        String domain = "c" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        UUID first = underVendorReview(domain, product);
        UUID second = underVendorReview(domain, product);
        registrations.approve(first, "vendor@sentinelone.example", null);
        try {
            registrations.approve(second, "vendor@sentinelone.example", null);
            throw new AssertionError("the second approval was not refused");
        } catch (DealExclusivityException refused) {
            assertThat(refused.holder()).isEqualTo(first);
        }
        registrations.withdraw(first, "paul@bastion-it.example");
        assertThat(registrations
                        .approve(second, "vendor@sentinelone.example", null)
                        .status())
                .isEqualTo(DealStatus.APPROVED);
    }

    private List<String> approveAtOnce(List<UUID> deals) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(deals.size())) {
            List<Future<String>> futures = new ArrayList<>();
            for (UUID deal : deals) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        registrations.approve(deal, "vendor@sentinelone.example", null);
                        return "approved";
                    } catch (DealExclusivityException refused) {
                        return "refused";
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (var future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        }
    }

    private UUID underVendorReview(String domain, UUID product) {
        CompanyId company = testAccounts.company("Partner " + UUID.randomUUID());
        DistributorId distributor = testAccounts.distributor();
        var draft = DealRegistration.draft(
                company,
                distributor,
                "paul@bastion-it.example",
                new DealRegistration.Customer("Acme", "acme", "CA", "https://" + domain, domain),
                new DealRegistration.Contact("Ada Buyer", "ada@" + domain, domain, null),
                Set.of(product),
                new DealRegistration.Estimate(
                        "USD", new BigDecimal("25000"), LocalDate.now().plusMonths(3)),
                null);
        UUID id = registrations.saveDraft(draft);
        registrations.submit(id, "paul@bastion-it.example");
        registrations.distributorApproves(id, "rita@distributor.example", null);
        return id;
    }

    private UUID product(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO deal_product (id, name) VALUES (:id, :name)")
                .param("id", id)
                .param("name", name.substring(0, Math.min(100, name.length())))
                .update();
        return id;
    }

    private List<String> statuses(List<UUID> deals) {
        return jdbc.sql("SELECT status FROM deal_registration WHERE id = ANY(:ids)")
                .param("ids", deals.toArray(UUID[]::new))
                .query(String.class)
                .list();
    }
}
