package com.partnerportal.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The account's verbs keep its rules (R3.7, R11.1) without a database. */
class AccountTest {

    private static Account account(Role role, UUID company, UUID distributor, Instant activatedAt) {
        return new Account(
                UUID.randomUUID(),
                "ana@example.com",
                "hash",
                role,
                "Ana",
                "Silva",
                "en",
                company,
                distributor,
                true,
                false,
                Instant.now(),
                activatedAt,
                null);
    }

    @Test
    void anAccountIsActivatedOnce() {
        var account = account(Role.PARTNER_USER, UUID.randomUUID(), null, null);
        account.activate("first");
        assertThat(account.view().activated()).isTrue();
        assertThatThrownBy(() -> account.activate("second")).isInstanceOf(AccountAlreadyActivatedException.class);
    }

    @Test
    void onlyAPartnerUserAdministersTheirCompany() {
        var reviewer = account(Role.DISTRIBUTOR_REVIEWER, null, UUID.randomUUID(), Instant.now());
        assertThatThrownBy(reviewer::nameCompanyAdmin).isInstanceOf(RoleScopeException.class);
        var partner = account(Role.PARTNER_USER, UUID.randomUUID(), null, Instant.now());
        partner.nameCompanyAdmin();
        assertThat(partner.view().companyAdmin()).isTrue();
        partner.changeRole(Role.VENDOR_ADMIN, null);
        assertThat(partner.view().companyAdmin()).isFalse();
    }

    @Test
    void aRoleNeedsItsScope() {
        var admin = account(Role.VENDOR_ADMIN, null, null, Instant.now());
        assertThatThrownBy(() -> admin.changeRole(Role.DISTRIBUTOR_REVIEWER, null))
                .isInstanceOf(RoleScopeException.class);
        assertThatThrownBy(() -> admin.changeRole(Role.PARTNER_USER, null)).isInstanceOf(RoleScopeException.class);
        UUID distributor = UUID.randomUUID();
        admin.changeRole(Role.DISTRIBUTOR_REVIEWER, distributor);
        assertThat(admin.view().role()).isEqualTo(Role.DISTRIBUTOR_REVIEWER);
    }
}
