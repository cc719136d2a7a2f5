package com.partnerportal.deals.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes, on every instance (R9.5): expires what ran out, then sends the reminders due.
 * Each batch is its own transaction through {@link DealProtection}, so that a claim and the email
 * it sends commit together, and instances share a backlog instead of waiting on each other.
 */
@Component
class DealProtectionJob {

    private final DealProtection protection;

    DealProtectionJob(DealProtection protection) {
        this.protection = protection;
    }

    @Scheduled(
            fixedDelayString = "${portal.deals.protection-check:PT5M}",
            initialDelayString = "${portal.deals.protection-first-check:PT1M}")
    void run() {
        while (protection.expireBatch() == DealProtection.BATCH) {
            // a backlog (after a pause) goes in batches
        }
        protection.remind(14);
        protection.remind(3);
    }
}
