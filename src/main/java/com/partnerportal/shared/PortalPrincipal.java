package com.partnerportal.shared;

import java.util.UUID;

/**
 * The logged-in user as every module may see them: who, and which company or distributor scopes
 * what they may read and change (R8.3). Implemented by the accounts module.
 */
public interface PortalPrincipal {

    /** The account's id; null for a caller that is not a person (an API key). */
    UUID userId();

    String email();

    String displayName();

    /** The partner company of a partner user, else null. */
    UUID companyId();

    /** The distributor of a distributor reviewer, else null. */
    UUID distributorId();

    boolean isVendorAdmin();
}
