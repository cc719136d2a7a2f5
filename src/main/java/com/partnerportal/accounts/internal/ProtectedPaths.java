package com.partnerportal.accounts.internal;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The paths that security decisions are made on, as request matchers (ASVS 6.3.4, 8.2.1). A
 * matcher reads the decoded, normalised path, as Spring Security's own login filter and access
 * rules do, so {@code /%6Cogin} is the login form here too; a URI compared by hand
 * ({@code getRequestURI().equals("/login")}) would let an encoded spelling of the same path pass
 * the one check and not the other.
 */
public final class ProtectedPaths {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /** The form login that Spring Security authenticates, and {@link LoginThrottling} gates (R4.3). */
    public static final RequestMatcher LOGIN_FORM = PATHS.matcher(HttpMethod.POST, "/login");

    /** The vendor's administration. */
    public static final RequestMatcher ADMINISTRATION = PATHS.matcher("/admin/**");

    /** Distributor consoles and the review queues. */
    public static final RequestMatcher REVIEW =
            new OrRequestMatcher(PATHS.matcher("/distributor/**"), PATHS.matcher("/review/**"));

    private ProtectedPaths() {}
}
