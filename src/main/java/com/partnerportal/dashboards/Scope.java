package com.partnerportal.dashboards;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a dashboard covers: everything (the vendor) or one distributor's partners and queue, from
 * {@code from} to {@code to}, both days included.
 */
record Scope(UUID distributorId, LocalDate from, LocalDate to) {

    boolean vendor() {
        return distributorId == null;
    }
}
