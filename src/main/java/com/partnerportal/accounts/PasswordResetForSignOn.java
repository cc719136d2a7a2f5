package com.partnerportal.accounts;

import java.util.Locale;

/**
 * Someone asked to reset the password of an account whose company switched passwords off (R11.2):
 * there is none to reset, so its owner is told to log in through the company's identity provider.
 */
public record PasswordResetForSignOn(
        AccountId accountId, String email, String firstName, Locale locale, String loginLink) {}
