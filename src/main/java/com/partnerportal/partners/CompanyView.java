package com.partnerportal.partners;

import java.util.Set;

/**
 * A partner company as other modules see it.
 *
 * @param sharedDomains the domains a vendor admin allowed other companies to hold too
 * @param technicalSeatLimit the limit in force: the override if there is one, else the level's (R10.4)
 * @param technicalSeatOverride the vendor admin's limit for this company alone, or null
 * @param dealProtectionDays how long an approved registration is protected (R9.5, a level's benefit)
 */
public record CompanyView(
        CompanyId id,
        String name,
        String country,
        Set<String> domains,
        Set<String> sharedDomains,
        int technicalSeatLimit,
        Integer technicalSeatOverride,
        int dealProtectionDays) {}
