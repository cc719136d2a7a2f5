package com.partnerportal.accounts.internal;

import com.partnerportal.shared.AttemptThrottle;
import com.partnerportal.shared.EmailAddress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brute-force protection of form login (R4.3, ASVS 6.3.1): failures are counted per submitted
 * address and per client address in PostgreSQL, and beyond a few free ones each earns a doubling
 * delay during which further attempts are refused before any password is checked. The counts do
 * not depend on whether the address has an account, so the answers cannot reveal that either.
 */
public class LoginThrottling {

    private final AttemptThrottle throttle;
    private final AccountsProperties properties;
    private final RequestCache continueTo;

    public LoginThrottling(AttemptThrottle throttle, AccountsProperties properties, RequestCache continueTo) {
        this.throttle = throttle;
        this.properties = properties;
        this.continueTo = continueTo;
    }

    /** Refuses a login attempt while either of its counters imposes a delay. */
    public OncePerRequestFilter gate() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (ProtectedPaths.LOGIN_FORM.matches(request)) {
                    Optional<Duration> wait = throttle.longestWait(accountKey(request), clientKey(request));
                    if (wait.isPresent()) {
                        long seconds = Math.max(1, wait.get().toSeconds() + 1);
                        response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    public AuthenticationFailureHandler onFailure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            throttle.recordFailure(accountKey(request), properties.accountThrottle());
            throttle.recordFailure(clientKey(request), properties.clientThrottle());
            response.sendRedirect(request.getContextPath() + "/login?error");
        };
    }

    public SavedRequestAwareAuthenticationSuccessHandler onSuccess() {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws ServletException, IOException {
                throttle.reset(accountKey(request));
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl("/");
        handler.setRequestCache(continueTo);
        return handler;
    }

    private static String accountKey(HttpServletRequest request) {
        return "login:account:" + submittedAddress(request.getParameter("email"));
    }

    /** The address as the counters key it: normalised when it is one, else as typed, bounded. */
    public static String submittedAddress(String submitted) {
        try {
            return EmailAddress.parse(submitted).value();
        } catch (IllegalArgumentException malformed) {
            String typed = submitted == null ? "" : submitted.strip().toLowerCase(Locale.ROOT);
            return typed.length() > 320 ? typed.substring(0, 320) : typed;
        }
    }

    private static String clientKey(HttpServletRequest request) {
        return "login:client:" + request.getRemoteAddr();
    }
}
