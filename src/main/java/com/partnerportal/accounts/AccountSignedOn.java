package com.partnerportal.accounts;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.util.List;
import java.util.Locale;

/**
 * A first sign-on at a company's identity provider opened an account (R11.2); the company's partner
 * administrators are told who joined.
 */
public record AccountSignedOn(
        AccountId accountId, String email, String displayName, String issuer, List<Administrator> administrators)
        implements AuditableEvent {

    /** A partner administrator of the company, who receives the email. */
    public record Administrator(String email, String firstName, Locale locale) {}

    public AccountSignedOn {
        administrators = List.copyOf(administrators);
    }

    @Override
    public AuditEntry audit() {
        return new AuditEntry(
                email,
                "account.signed-on",
                "account",
                accountId.toString(),
                "Account " + email + " opened by a first sign-on at " + issuer);
    }
}
