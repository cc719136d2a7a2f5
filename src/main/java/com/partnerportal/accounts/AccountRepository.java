package com.partnerportal.accounts;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, UUID> {

    // Written out: a derived query renders its SQL again on every call, a tenth of a login's own work.
    @Query("SELECT * FROM account WHERE email = :email")
    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByCompanyIdAndEnabledTrue(UUID companyId);

    java.util.List<Account> findByCompanyId(UUID companyId);

    @Query("SELECT EXISTS (SELECT 1 FROM account WHERE role = 'VENDOR_ADMIN')")
    boolean anyVendorAdmin();
}
