package com.partnerportal.partners;

import java.util.UUID;

public record DistributorId(UUID value) {

    public DistributorId {
        if (value == null) {
            throw new IllegalArgumentException("A distributor id needs a value");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
