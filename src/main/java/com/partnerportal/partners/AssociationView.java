package com.partnerportal.partners;

import java.time.Instant;
import java.util.UUID;

/** A company's association with a distributor, current (not ended) or past (R2.3). */
public record AssociationView(
        UUID id,
        CompanyId companyId,
        String companyName,
        DistributorId distributorId,
        String distributorName,
        String customerId,
        Instant startedAt,
        String startedBy,
        Instant endedAt,
        String endedBy,
        String endReason) {

    public boolean current() {
        return endedAt == null;
    }
}
