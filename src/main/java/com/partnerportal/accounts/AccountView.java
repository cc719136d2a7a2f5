package com.partnerportal.accounts;

import com.partnerportal.accounts.internal.Role;
import java.util.Locale;
import java.util.UUID;

/** What other modules may know of an account; {@code companyAdmin}: a partner administrator (R11.1). */
public record AccountView(
        AccountId id,
        String email,
        String firstName,
        String lastName,
        Role role,
        UUID companyId,
        UUID distributorId,
        Locale locale,
        boolean enabled,
        boolean activated,
        boolean companyAdmin) {

    public String displayName() {
        String name = (firstName + " " + lastName).strip();
        return name.isEmpty() ? email : name;
    }
}
