package com.partnerportal.deals.internal;

import java.util.EnumSet;
import java.util.Set;

/** Where a deal registration is in its review and its life (R9.3, R9.5). */
public enum DealStatus {
    DRAFT,
    SUBMITTED,
    DISTRIBUTOR_REVIEW,
    VENDOR_REVIEW,
    MORE_INFO_REQUESTED,
    APPROVED,
    REJECTED,
    WITHDRAWN,
    WON,
    LOST,
    EXPIRED;

    /** The registrations that hold their customer against others: conflicts are looked for among them (R9.2). */
    public static final Set<DealStatus> ACTIVE =
            EnumSet.of(SUBMITTED, DISTRIBUTOR_REVIEW, VENDOR_REVIEW, MORE_INFO_REQUESTED, APPROVED);

    /** Awaiting a reviewer's decision, the distributor's or the vendor's. */
    public boolean underReview() {
        return this == SUBMITTED || this == DISTRIBUTOR_REVIEW || this == VENDOR_REVIEW;
    }

    /** Awaiting the distributor's review. */
    public boolean withDistributor() {
        return this == SUBMITTED || this == DISTRIBUTOR_REVIEW;
    }

    /** Its registrant may still change what it says: a draft, or one sent back for more information. */
    public boolean editable() {
        return this == DRAFT || this == MORE_INFO_REQUESTED;
    }

    /** Finished: nothing more happens to it. */
    public boolean closed() {
        return this == REJECTED || this == WITHDRAWN || this == WON || this == LOST || this == EXPIRED;
    }
}
