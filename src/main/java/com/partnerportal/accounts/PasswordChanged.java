package com.partnerportal.accounts;

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
    public String actor() {
        return email;
    }

    @Override
    public String action() {
        return switch (how) {
            case ACTIVATION -> "account.activated";
            case RESET -> "password.reset";
            case CHANGE -> "password.changed";
        };
    }

    @Override
    public String targetType() {
        return "account";
    }

    @Override
    public String targetId() {
        return accountId.toString();
    }

    @Override
    public String details() {
        return "Password set by " + how.name().toLowerCase(java.util.Locale.ROOT);
    }
}
