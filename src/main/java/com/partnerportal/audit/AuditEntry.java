package com.partnerportal.audit;

import java.time.Instant;

record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String targetType,
        String targetId,
        String details,
        String remoteAddr) {}
