package com.partnerportal.accounts;

import java.time.Instant;
import java.util.Locale;

/** Someone asked for a password reset link for an existing account (R4.3). */
public record PasswordResetRequested(
        AccountId accountId, String email, String firstName, Locale locale, String resetLink, Instant linkExpiresAt) {}
