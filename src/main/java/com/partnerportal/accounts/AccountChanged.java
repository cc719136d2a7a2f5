package com.partnerportal.accounts;

import com.partnerportal.shared.AuditableEvent;

/** A vendor admin changed an account: disabled, enabled, gave it a new role, or resent its activation link. */
public record AccountChanged(String actor, AccountId accountId, String email, Change change, String details)
        implements AuditableEvent {

    public enum Change {
        DISABLED,
        ENABLED,
        ROLE_CHANGED,
        ACTIVATION_RESENT
    }

    @Override
    public String action() {
        return switch (change) {
            case DISABLED -> "account.disabled";
            case ENABLED -> "account.enabled";
            case ROLE_CHANGED -> "account.role-changed";
            case ACTIVATION_RESENT -> "account.activation-resent";
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
}
