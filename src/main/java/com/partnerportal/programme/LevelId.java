package com.partnerportal.programme;

import java.util.UUID;

public record LevelId(UUID value) {

    public LevelId {
        java.util.Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
