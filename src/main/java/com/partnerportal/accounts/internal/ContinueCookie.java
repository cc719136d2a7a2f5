package com.partnerportal.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * Where a visitor sent to log in goes back to afterwards, kept in a signed cookie instead of a
 * session: an anonymous request to a protected page writes no session row (R8.4; 50 such requests
 * made 50 rows). Only a path of this portal is kept, never a host, so the cookie cannot send anyone
 * elsewhere; only page views (GET, not scripts' calls) are kept.
 */
public final class ContinueCookie implements RequestCache {

    private static final int LONGEST_PATH = 2_000;

    private final SignedCookie cookie;

    public ContinueCookie(SignedCookie cookie) {
        this.cookie = cookie;
    }

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        String target = target(request);
        if ("GET".equals(request.getMethod())
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                && request.getHeader("HX-Request") == null
                && target.length() <= LONGEST_PATH) {
            cookie.write(response, encode(target));
        }
    }

    @Override
    public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        return saved(request)
                .map(path -> (SavedRequest) new SimpleSavedRequest(path))
                .orElse(null);
    }

    /** Back on the page it kept, the cookie has done its work. */
    @Override
    public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        if (cookie.present(request)
                && saved(request).filter(target(request)::equals).isPresent()) {
            cookie.clear(response);
        }
        return null;
    }

    @Override
    public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
        if (cookie.present(request)) {
            cookie.clear(response);
        }
    }

    /** A path of this portal: one slash, then anything but a second slash or a backslash (no other host). */
    private Optional<String> saved(HttpServletRequest request) {
        return cookie.read(request)
                .flatMap(ContinueCookie::decode)
                .filter(path -> path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\"));
    }

    private static String target(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static String encode(String target) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(target.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> decode(String value) {
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
