package com.partnerportal.programme.internal;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/** What a company lacks for a level (R10.2), as the Programme page says it. */
public sealed interface Gap {

    /** {@code missing} more users holding one of these certifications. */
    record CertifiedUsers(int missing, int required, Set<UUID> anyOf) implements Gap {}

    /** {@code missing} more deals won in the last 12 months. */
    record DealsWon(int missing, int required) implements Gap {}

    /** This much more won value, in the reporting currency. */
    record WonValue(BigDecimal missing, BigDecimal required, String currency) implements Gap {}
}
