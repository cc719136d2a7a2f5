package com.partnerportal.dashboards;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a dashboard covers: everything (the vendor), one distributor's partners and queue, or one
 * partner company's deal registrations, from
 * {@code from} to {@code to}, both days included.
 */
record Scope(UUID distributorId, UUID companyId, LocalDate from, LocalDate to) {

    static Scope vendor(LocalDate from, LocalDate to) {
        return new Scope(null, null, from, to);
    }

    static Scope distributor(UUID distributor, LocalDate from, LocalDate to) {
        return new Scope(distributor, null, from, to);
    }

    /** One partner company's own deal registrations (R9.9). */
    static Scope company(UUID company, LocalDate from, LocalDate to) {
        return new Scope(null, company, from, to);
    }

    boolean vendor() {
        return distributorId == null && companyId == null;
    }
}
