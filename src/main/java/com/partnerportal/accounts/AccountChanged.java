package com.partnerportal.accounts;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;

/**
 * An admin changed an account: disabled, enabled, gave it a new role, resent its activation link, or
 * named or removed a partner administrator (a vendor admin, or a partner administrator for their
 * colleagues' state, R11.1).
 */
public record AccountChanged(String actor, AccountId accountId, String email, Change change, String details)
        implements AuditableEvent {

    public enum Change {
        DISABLED,
        ENABLED,
        ROLE_CHANGED,
        ACTIVATION_RESENT,
        COMPANY_ADMIN_NAMED,
        COMPANY_ADMIN_REMOVED
    }

    @Override
    public AuditEntry audit() {
        String action = switch (change) {
            case DISABLED -> "account.disabled";
            case ENABLED -> "account.enabled";
            case ROLE_CHANGED -> "account.role-changed";
            case ACTIVATION_RESENT -> "account.activation-resent";
            case COMPANY_ADMIN_NAMED -> "account.company-admin-named";
            case COMPANY_ADMIN_REMOVED -> "account.company-admin-removed";
        };
        return new AuditEntry(actor, action, "account", accountId.toString(), details);
    }
}
