package com.partnerportal.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;

/**
 * A form a service refused (R8.3): nothing changed, and each wrong field is named with the message
 * key that says why, in the order the form shows them.
 */
public class FormRefusedException extends RuntimeException {

    private final transient Map<String, String> errors;

    public FormRefusedException(Map<String, String> errors) {
        super("Refused: " + errors.keySet());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** Throws when there is anything to say. */
    public static void refuseIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new FormRefusedException(errors);
        }
    }

    /** Field → message key. */
    public Map<String, String> errors() {
        return errors;
    }

    /**
     * Puts the refusal where the form's page shows it: under the field when the form has one of that
     * name, above the form otherwise; {@code arguments} fill the messages that have placeholders.
     */
    public void rejectInto(BindingResult result, Object... arguments) {
        errors.forEach((field, key) -> {
            if (result.getFieldType(field) != null) {
                result.rejectValue(field, key, arguments, null);
            } else {
                result.reject(key, arguments, null);
            }
        });
    }

    /** The message keys alone, as a list a flash attribute can carry through the session row. */
    public List<String> problems() {
        return List.copyOf(errors.values());
    }
}
