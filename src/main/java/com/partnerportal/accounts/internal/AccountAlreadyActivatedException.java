package com.partnerportal.accounts.internal;

/** An account's activation link was used after the account was activated. */
public class AccountAlreadyActivatedException extends IllegalStateException {

    AccountAlreadyActivatedException() {
        super("The account is already activated");
    }
}
