package com.partnerportal.accounts;

import com.partnerportal.accounts.internal.Role;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * What it takes to open an account. A partner user belongs to a company, a distributor reviewer
 * to a distributor, a vendor admin to neither.
 */
public record NewAccount(
        String email, String firstName, String lastName, Role role, UUID companyId, UUID distributorId, Locale locale) {

    public NewAccount {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        firstName = Objects.requireNonNullElse(firstName, "").strip();
        lastName = Objects.requireNonNullElse(lastName, "").strip();
        locale = Objects.requireNonNullElse(locale, Locale.ENGLISH);
        boolean scoped = switch (role) {
            case PARTNER_USER -> companyId != null && distributorId == null;
            case DISTRIBUTOR_REVIEWER -> distributorId != null && companyId == null;
            case VENDOR_ADMIN -> companyId == null && distributorId == null;
        };
        if (!scoped) {
            throw new IllegalArgumentException(role + " has the wrong company/distributor scope");
        }
    }

    public static NewAccount vendorAdmin(String email, String firstName, String lastName, Locale locale) {
        return new NewAccount(email, firstName, lastName, Role.VENDOR_ADMIN, null, null, locale);
    }

    public static NewAccount distributorReviewer(
            String email, String firstName, String lastName, UUID distributorId, Locale locale) {
        return new NewAccount(email, firstName, lastName, Role.DISTRIBUTOR_REVIEWER, null, distributorId, locale);
    }

    public static NewAccount partnerUser(
            String email, String firstName, String lastName, UUID companyId, Locale locale) {
        return new NewAccount(email, firstName, lastName, Role.PARTNER_USER, companyId, null, locale);
    }
}
