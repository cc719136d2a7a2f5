package com.partnerportal.accounts.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AccountRepository extends ListCrudRepository<Account, UUID> {

    // Written out: a derived query renders its SQL again on every call, a tenth of a login's own work.
    @Query("SELECT * FROM account WHERE email = :email")
    public Optional<Account> findByEmail(String email);

    public boolean existsByEmail(String email);

    public boolean existsByCompanyIdAndEnabledTrue(UUID companyId);

    public java.util.List<Account> findByCompanyId(UUID companyId);

    /** Holds, until the transaction ends, the right to name a company's first partner administrator. */
    @Query(
            "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended('company-admin:' || CAST(:companyId AS text), 0))) held")
    public long lockCompanyAdministrators(UUID companyId);

    /** Names this partner user the company's administrator when it has none yet (R11.1). */
    @Modifying
    @Query("UPDATE account SET company_admin = true, version = version + 1 WHERE id = :id AND role = 'PARTNER_USER'"
            + " AND NOT EXISTS (SELECT 1 FROM account WHERE company_id = :companyId AND company_admin)")
    public boolean nameFirstCompanyAdmin(UUID id, UUID companyId);

    @Query("SELECT EXISTS (SELECT 1 FROM account WHERE role = 'VENDOR_ADMIN')")
    public boolean anyVendorAdmin();
}
