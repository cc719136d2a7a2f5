package com.partnerportal.accounts.internal;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.shared.Viewer;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The logged-in user as other modules see it: who, which role, and which company or distributor
 * scopes what they may read and change (R8.3). Kept in the database-backed session.
 */
public class PortalUser extends User implements PortalPrincipal {

    private final AccountId accountId;
    private final Role role;
    private final UUID companyId;
    private final UUID distributorId;
    private final String displayName;

    public PortalUser(Account account) {
        this(account, true);
    }

    /**
     * @param withPassword false when the password must not log this user in: their company switched
     *     passwords off (R11.2), or they signed on at their identity provider
     */
    public PortalUser(Account account, boolean withPassword) {
        super(
                account.email(),
                !withPassword || account.passwordHash() == null ? "" : account.passwordHash(),
                account.enabled() && account.activated(),
                true,
                true,
                true,
                account.companyAdmin()
                        ? List.of(
                                new SimpleGrantedAuthority(account.role().authority()),
                                new SimpleGrantedAuthority(Viewer.COMPANY_ADMIN))
                        : List.of(new SimpleGrantedAuthority(account.role().authority())));
        this.accountId = account.id();
        this.role = account.role();
        this.companyId = account.companyId();
        this.distributorId = account.distributorId();
        this.displayName = account.view().displayName();
    }

    public AccountId accountId() {
        return accountId;
    }

    public Role role() {
        return role;
    }

    @Override
    public UUID companyId() {
        return companyId;
    }

    @Override
    public UUID distributorId() {
        return distributorId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public UUID userId() {
        return accountId.value();
    }

    @Override
    public String email() {
        return getUsername();
    }

    @Override
    public boolean isVendorAdmin() {
        return role == Role.VENDOR_ADMIN;
    }
}
