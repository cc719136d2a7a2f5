package com.partnerportal.accounts;

import com.partnerportal.accounts.internal.Role;
import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.time.Instant;
import java.util.Locale;

/**
 * An account was opened and its owner must choose a password through the single-use link (R3.7).
 * The link is only in this in-memory event and the email built from it; the database keeps its hash.
 */
public record AccountInvited(
        AccountId accountId,
        String email,
        String firstName,
        Role role,
        Locale locale,
        String activationLink,
        Instant linkExpiresAt,
        String invitedBy)
        implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(
                invitedBy,
                "account.invited",
                "account",
                accountId.toString(),
                "Account " + email + " opened with role " + role + "; activation link sent");
    }
}
