package com.partnerportal.accounts;

import com.partnerportal.shared.AuditableEvent;
import java.util.Locale;

/** A passkey was added to or removed from an account (R4.3). Its owner is told by email. */
public record PasskeyChanged(
        AccountId accountId, String email, String firstName, Locale locale, String label, boolean added)
        implements AuditableEvent {

    @Override
    public String actor() {
        return email;
    }

    @Override
    public String action() {
        return added ? "passkey.added" : "passkey.removed";
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
        return (added ? "Passkey added: " : "Passkey removed: ") + label;
    }
}
