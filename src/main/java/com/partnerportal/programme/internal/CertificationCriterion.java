package com.partnerportal.programme.internal;

import java.util.Set;
import java.util.UUID;

/** "At least {@code users} users holding one of these certifications" (R10.1). */
public record CertificationCriterion(int users, Set<UUID> anyOf) {

    public CertificationCriterion {
        if (users < 1 || anyOf.isEmpty()) {
            throw new IllegalArgumentException("A criterion needs at least one user and one certification");
        }
        anyOf = Set.copyOf(anyOf);
    }
}
