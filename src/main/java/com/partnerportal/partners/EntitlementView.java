package com.partnerportal.partners;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of a distributor's entitlement list (R2.2): a partner with the vendor's product enabled. */
public record EntitlementView(
        UUID id,
        DistributorId distributorId,
        String customerId,
        String companyName,
        String country,
        List<String> domains,
        Instant updatedAt) {}
