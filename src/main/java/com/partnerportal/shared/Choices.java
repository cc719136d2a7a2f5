package com.partnerportal.shared;

import java.util.Optional;

/** Reads a choice from a form or an address: the constant of that name, or nothing, never an exception. */
public final class Choices {

    private Choices() {}

    public static <E extends Enum<E>> Optional<E> named(Class<E> kind, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String name = value.strip();
        for (E constant : kind.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
