package com.partnerportal.accounts;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A user of the portal. Changes only through its verbs, which keep its rules. */
class Account {

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
    private final Instant createdAt;
    private Instant activatedAt;

    @Version
    private Integer version;

    Account(
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
        this.createdAt = createdAt;
        this.activatedAt = activatedAt;
        this.version = version;
    }

    /** A new account with no password yet: its owner chooses one through the activation link (R3.7). */
    static Account open(NewAccount request, String normalisedEmail) {
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
                Instant.now(),
                null,
                null);
    }

    /** Sets the first password; an account is activated once. */
    void activate(String newPasswordHash) {
        if (activatedAt != null) {
            throw new AccountAlreadyActivatedException();
        }
        this.passwordHash = newPasswordHash;
        this.activatedAt = Instant.now();
    }

    void changePassword(String newPasswordHash) {
        if (activatedAt == null) {
            activate(newPasswordHash);
        } else {
            this.passwordHash = newPasswordHash;
        }
    }

    void preferLanguage(String language) {
        this.locale = language;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    /** A new role with the scope it needs: a company for partner users, a distributor for reviewers. */
    void changeRole(Role newRole, UUID newDistributorId) {
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

    AccountId id() {
        return new AccountId(id);
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    String locale() {
        return locale;
    }

    UUID companyId() {
        return companyId;
    }

    UUID distributorId() {
        return distributorId;
    }

    boolean enabled() {
        return enabled;
    }

    boolean activated() {
        return activatedAt != null;
    }

    AccountView view() {
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
                activatedAt != null);
    }

    static class RoleScopeException extends IllegalArgumentException {
        RoleScopeException(String message) {
            super(message);
        }
    }

    static class AccountAlreadyActivatedException extends IllegalStateException {
        AccountAlreadyActivatedException() {
            super("The account is already activated");
        }
    }
}
