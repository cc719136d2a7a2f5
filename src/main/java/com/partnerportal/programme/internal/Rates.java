package com.partnerportal.programme.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * Won values in the vendor's reporting currency (R10.1): one unit of a currency is worth its rate;
 * the reporting currency is worth 1. A currency without a rate converts to nothing, so its deals
 * count as won but add no value until an admin gives the rate.
 */
public record Rates(String reportingCurrency, Map<String, BigDecimal> perUnit) {

    public Rates {
        perUnit = Map.copyOf(perUnit);
    }

    public Optional<BigDecimal> toReporting(BigDecimal amount, String currency) {
        if (reportingCurrency.equals(currency)) {
            return Optional.of(amount.setScale(2, RoundingMode.HALF_EVEN));
        }
        return Optional.ofNullable(perUnit.get(currency))
                .map(rate -> amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN));
    }
}
