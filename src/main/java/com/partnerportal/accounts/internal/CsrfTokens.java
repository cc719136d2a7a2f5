package com.partnerportal.accounts.internal;

import com.partnerportal.shared.ServerKeys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Where the CSRF token of a visitor lives (ASVS 3.5.1): in the session when there is one, otherwise
 * in a cookie signed with a key the instances share (OWASP's signed double-submit cookie). A visitor
 * who only opens the login page or the landing page so gets no session row in PostgreSQL; the
 * session begins with the login, under a new id as before. A forged or altered cookie is no token.
 */
public final class CsrfTokens implements CsrfTokenRepository {

    private static final String KEY_NAME = "csrf";
    // Spring Security's defaults, given to the session repository too so that both agree.
    private static final String HEADER = "X-CSRF-TOKEN";
    private static final String PARAMETER = "_csrf";

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final SignedCookie cookie;

    public CsrfTokens(SignedCookie cookie) {
        this.cookie = cookie;
        sessions.setHeaderName(HEADER);
        sessions.setParameterName(PARAMETER);
    }

    /** The key the instances share: the first instance to start creates it, every instance reads the same one. */
    public static byte[] sharedKey(JdbcClient jdbc) {
        return ServerKeys.shared(jdbc, KEY_NAME);
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            sessions.saveToken(null, request, response);
            if (cookie.present(request)) {
                cookie.clear(response);
            }
        } else if (request.getSession(false) != null) {
            sessions.saveToken(token, request, response);
        } else {
            cookie.write(response, token.getToken());
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        CsrfToken inSession = sessions.loadToken(request);
        if (inSession != null) {
            return inSession;
        }
        return cookie.read(request)
                .map(token -> (CsrfToken) new DefaultCsrfToken(HEADER, PARAMETER, token))
                .orElse(null);
    }

    /**
     * Reads the token from the header or the form body, never from the query string (ASVS 3.5.3): a
     * token in a URL leaks through logs, history and the Referer header.
     */
    public static final class FromBodyOrHeader implements CsrfTokenRequestHandler {

        private final CsrfTokenRequestHandler masked = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            masked.handle(request, response, token);
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
            if (inQueryString(request.getQueryString(), csrfToken.getParameterName())) {
                return null;
            }
            return masked.resolveCsrfTokenValue(request, csrfToken);
        }

        static boolean inQueryString(String query, String parameter) {
            if (query == null || query.isEmpty()) {
                return false;
            }
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                try {
                    if (URLDecoder.decode(name, StandardCharsets.UTF_8).equals(parameter)) {
                        return true;
                    }
                } catch (IllegalArgumentException malformed) {
                    return true;
                }
            }
            return false;
        }
    }
}
