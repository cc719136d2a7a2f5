package com.partnerportal.accounts.internal;

/** A role that does not fit the account: a partner role without a company, a reviewer without a distributor. */
public class RoleScopeException extends IllegalArgumentException {

    RoleScopeException(String message) {
        super(message);
    }
}
