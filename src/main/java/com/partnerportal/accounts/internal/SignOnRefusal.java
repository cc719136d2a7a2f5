package com.partnerportal.accounts.internal;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Why a sign-on was refused (R11.2, R11.3), as the login page names it. Spring Security's own
 * refusals — a state that matches no request (tampered or replayed), an ID token whose signature,
 * issuer, audience, nonce or expiry does not hold, a provider that cannot be reached — map to the
 * last ones; anything else is {@link #FAILED}.
 */
public enum SignOnRefusal {
    OUTSIDE_DOMAINS("outside_domains"),
    EMAIL_UNVERIFIED("email_unverified"),
    EMAIL_MISSING("email_missing"),
    ACCOUNT_DISABLED("account_disabled"),
    OTHER_ACCOUNT("other_account"),
    UNKNOWN_STAFF("unknown_staff"),
    INVALID_STATE("invalid_state_parameter", "authorization_request_not_found"),
    INVALID_TOKEN("invalid_id_token", "invalid_nonce", "invalid_token"),
    PROVIDER_UNAVAILABLE(
            "invalid_token_response", "invalid_user_info_response", "server_error", "temporarily_unavailable"),
    DENIED_BY_PROVIDER("access_denied", "login_required", "consent_required", "interaction_required"),
    FAILED("failed");

    private final String[] errorCodes;

    SignOnRefusal(String... errorCodes) {
        this.errorCodes = errorCodes;
    }

    public OAuth2AuthenticationException exception(String detail) {
        return new OAuth2AuthenticationException(new OAuth2Error(errorCodes[0], detail, null), detail);
    }

    /** The refusal an OAuth 2.0 or OpenID Connect error code stands for. */
    public static SignOnRefusal of(String errorCode) {
        return Arrays.stream(values())
                .filter(refusal -> Arrays.asList(refusal.errorCodes).contains(errorCode))
                .findFirst()
                .orElse(FAILED);
    }

    /** As the login page's {@code ?sso=} parameter and its message key. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SignOnRefusal ofParameter(String parameter) {
        return Arrays.stream(values())
                .filter(refusal -> refusal.parameter().equals(parameter))
                .findFirst()
                .orElse(FAILED);
    }
}
