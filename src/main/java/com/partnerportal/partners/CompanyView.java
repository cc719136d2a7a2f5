package com.partnerportal.partners;

import java.util.Set;

/**
 * A partner company as other modules see it.
 *
 * @param sharedDomains the domains a vendor admin allowed other companies to hold too
 */
public record CompanyView(
        CompanyId id,
        String name,
        String country,
        Set<String> domains,
        Set<String> sharedDomains,
        int technicalSeatLimit) {}
