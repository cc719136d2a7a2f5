package com.partnerportal.accounts.internal;

/** The three kinds of users of the portal (PRODUCT.md §1). */
public enum Role {
    PARTNER_USER,
    DISTRIBUTOR_REVIEWER,
    VENDOR_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
