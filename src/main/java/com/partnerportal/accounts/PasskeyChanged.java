package com.partnerportal.accounts;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.util.Locale;

/** A passkey was added to or removed from an account (R4.3). Its owner is told by email. */
public record PasskeyChanged(
        AccountId accountId, String email, String firstName, Locale locale, String label, boolean added)
        implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(
                email,
                added ? "passkey.added" : "passkey.removed",
                "account",
                accountId.toString(),
                (added ? "Passkey added: " : "Passkey removed: ") + label);
    }
}
