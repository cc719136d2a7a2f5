package com.partnerportal.deals.internal;

import java.util.List;
import java.util.UUID;

/**
 * An approval refused because another approved registration already holds the customer for one of
 * its products (R9.4): the first approval won; nothing changed.
 */
public class DealExclusivityException extends RuntimeException {

    private final transient UUID holder;
    private final transient List<UUID> products;

    public DealExclusivityException(UUID holder, List<UUID> products) {
        super("Registration " + holder + " already holds the customer for " + products);
        this.holder = holder;
        this.products = List.copyOf(products);
    }

    /** The approved registration that holds the customer. */
    public UUID holder() {
        return holder;
    }

    public List<UUID> products() {
        return products;
    }
}
