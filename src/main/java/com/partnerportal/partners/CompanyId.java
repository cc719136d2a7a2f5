package com.partnerportal.partners;

import java.util.UUID;

public record CompanyId(UUID value) {

    public CompanyId {
        if (value == null) {
            throw new IllegalArgumentException("A company id needs a value");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
