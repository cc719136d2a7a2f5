package com.partnerportal.accounts;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.util.Locale;

/** A password was set: at activation, by reset or by change. Its owner is told by email. */
public record PasswordChanged(AccountId accountId, String email, String firstName, Locale locale, How how)
        implements AuditableEvent {

    public enum How {
        ACTIVATION,
        RESET,
        CHANGE
    }

    @Override
    public AuditEntry audit() {
        String action = switch (how) {
            case ACTIVATION -> "account.activated";
            case RESET -> "password.reset";
            case CHANGE -> "password.changed";
        };
        return new AuditEntry(
                email,
                action,
                "account",
                accountId.toString(),
                "Password set by " + how.name().toLowerCase(Locale.ROOT));
    }
}
