package com.partnerportal.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R9.1: vendor admins maintain the product list; a retired product is no longer offered to partners; audited. */
@PortalTest
class DealProductsTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aVendorAdminAddsRetiresAndOffersAgainAProduct() throws Exception {
        String name = "Singularity Ranger " + UUID.randomUUID().toString().substring(0, 6);
        var admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        admin.get("/admin/deal-products");
        admin.post("/admin/deal-products", Map.of("name", "  " + name + "  "));
        assertThat(admin.get("/admin/deal-products").body()).contains(name).contains("The product is added.");
        assertThat(admin.post("/admin/deal-products", Map.of("name", name)).body())
                .contains("A product of that name exists already.");
        assertThat(admin.post("/admin/deal-products", Map.of("name", "")).body())
                .contains("Give the product&#39;s name");
        UUID id = jdbc.sql("SELECT id FROM deal_product WHERE name = :n")
                .param("n", name)
                .query(UUID.class)
                .single();

        var partner = new HttpSession(port);
        partner.logIn(testAccounts.partnerUser(testAccounts.company("Product Viewer")), TestAccounts.PASSWORD);
        assertThat(partner.get("/deals/new").body()).contains(name);
        admin.post("/admin/deal-products/" + id + "/retire", Map.of());
        assertThat(partner.get("/deals/new").body()).doesNotContain(name);
        admin.post("/admin/deal-products/" + id + "/offer", Map.of());
        assertThat(partner.get("/deals/new").body()).contains(name);
        assertThat(partner.post("/admin/deal-products/" + id + "/retire", Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE target_id = :id")
                        .param("id", id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }
}
