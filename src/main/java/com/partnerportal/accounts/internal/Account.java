package com.partnerportal.accounts.internal;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.AccountView;
import com.partnerportal.accounts.NewAccount;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A user of the portal. Changes only through its verbs, which keep its rules. */
public class Account {

    @Id
    private final UUID id;

    private final String email;
    private String passwordHash;
    private Role role;
    private final String firstName;
    private final String lastName;
    private String locale;
    private UUID companyId;
    private UUID distributorId;
    private boolean enabled;
    private boolean companyAdmin;
    private final Instant createdAt;
    private Instant activatedAt;

    @Version
    private Integer version;

    public Account(
            UUID id,
            String email,
            String passwordHash,
            Role role,
            String firstName,
            String lastName,
            String locale,
            UUID companyId,
            UUID distributorId,
            boolean enabled,
            boolean companyAdmin,
            Instant createdAt,
            Instant activatedAt,
            Integer version) {
        this.id = id;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.firstName = firstName;
        this.lastName = lastName;
        this.locale = locale;
        this.companyId = companyId;
        this.distributorId = distributorId;
        this.enabled = enabled;
        this.companyAdmin = companyAdmin;
        this.createdAt = createdAt;
        this.activatedAt = activatedAt;
        this.version = version;
    }

    /** A new account with no password yet: its owner chooses one through the activation link (R3.7). */
    public static Account open(NewAccount request, String normalisedEmail) {
        return new Account(
                UUID.randomUUID(),
                normalisedEmail,
                null,
                request.role(),
                request.firstName(),
                request.lastName(),
                request.locale().getLanguage(),
                request.companyId(),
                request.distributorId(),
                true,
                false,
                Instant.now(),
                null,
                null);
    }

    /**
     * A new account opened by its owner's first sign-on at their company's identity provider (R11.2):
     * the company vouched for the address, so it is active at once, without a password.
     */
    public static Account openSignedOn(NewAccount request, String normalisedEmail) {
        var account = open(request, normalisedEmail);
        account.activatedAt = account.createdAt;
        return account;
    }

    /** A sign-on proves the address as an activation link does: an invited account is active from now on. */
    public void signedOn() {
        if (activatedAt == null) {
            activatedAt = Instant.now();
        }
    }

    /** Sets the first password; an account is activated once. */
    public void activate(String newPasswordHash) {
        if (activatedAt != null) {
            throw new AccountAlreadyActivatedException();
        }
        this.passwordHash = newPasswordHash;
        this.activatedAt = Instant.now();
    }

    public void changePassword(String newPasswordHash) {
        if (activatedAt == null) {
            activate(newPasswordHash);
        } else {
            this.passwordHash = newPasswordHash;
        }
    }

    public void preferLanguage(String language) {
        this.locale = language;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** A partner user who also manages their company's users (R11.1); only a partner user can be one. */
    public void nameCompanyAdmin() {
        if (role != Role.PARTNER_USER) {
            throw new RoleScopeException("Only a partner user can administer their company");
        }
        this.companyAdmin = true;
    }

    public void removeCompanyAdmin() {
        this.companyAdmin = false;
    }

    /**
     * A new role with the scope it needs: a company for partner users, a distributor for reviewers.
     * Administering a company goes with the partner user's role.
     */
    public void changeRole(Role newRole, UUID newDistributorId) {
        if (newRole != Role.PARTNER_USER) {
            this.companyAdmin = false;
        }
        switch (newRole) {
            case VENDOR_ADMIN -> {
                this.companyId = null;
                this.distributorId = null;
            }
            case DISTRIBUTOR_REVIEWER -> {
                if (newDistributorId == null) {
                    throw new RoleScopeException("A distributor reviewer needs a distributor");
                }
                this.companyId = null;
                this.distributorId = newDistributorId;
            }
            case PARTNER_USER -> {
                if (companyId == null) {
                    throw new RoleScopeException("Only an account that belongs to a company can be a partner user");
                }
                this.distributorId = null;
            }
        }
        this.role = newRole;
    }

    public AccountId id() {
        return new AccountId(id);
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String locale() {
        return locale;
    }

    public UUID companyId() {
        return companyId;
    }

    public UUID distributorId() {
        return distributorId;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean activated() {
        return activatedAt != null;
    }

    public boolean companyAdmin() {
        return companyAdmin;
    }

    public AccountView view() {
        return new AccountView(
                id(),
                email,
                firstName,
                lastName,
                role,
                companyId,
                distributorId,
                java.util.Locale.of(locale),
                enabled,
                activatedAt != null,
                companyAdmin);
    }
}
