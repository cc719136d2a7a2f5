package com.partnerportal.accounts;

import java.io.Serializable;
import java.util.UUID;

/** Serializable because the logged-in user, which carries it, is kept in the database-backed session. */
public record AccountId(UUID value) implements Serializable {

    public AccountId {
        if (value == null) {
            throw new IllegalArgumentException("An account id needs a value");
        }
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
