package com.partnerportal.accounts;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token of a visitor lives (ASVS 3.5.1): in the session when there is one, otherwise
 * in a cookie signed with a key the instances share (OWASP's signed double-submit cookie). A visitor
 * who only opens the login page or the landing page so gets no session row in PostgreSQL; the
 * session begins with the login, under a new id as before. A forged or altered cookie is no token.
 */
final class CsrfTokens implements CsrfTokenRepository {

    private static final String KEY_NAME = "csrf";
    // Spring Security's defaults, given to the session repository too so that both agree.
    private static final String HEADER = "X-CSRF-TOKEN";
    private static final String PARAMETER = "_csrf";
    private static final String MAC = "HmacSHA256";

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final SecretKeySpec key;
    private final String cookieName;
    private final boolean secure;

    CsrfTokens(byte[] key, String cookieName, boolean secure) {
        this.key = new SecretKeySpec(key, MAC);
        this.cookieName = cookieName;
        this.secure = secure;
        sessions.setHeaderName(HEADER);
        sessions.setParameterName(PARAMETER);
    }

    /** The shared key: the first instance to start creates it, every instance reads the same one. */
    static byte[] sharedKey(JdbcClient jdbc) {
        var fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("INSERT INTO server_key (name, secret) VALUES (:name, :secret) ON CONFLICT (name) DO NOTHING")
                .param("name", KEY_NAME)
                .param("secret", fresh)
                .update();
        return jdbc.sql("SELECT secret FROM server_key WHERE name = :name")
                .param("name", KEY_NAME)
                .query(byte[].class)
                .single();
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            sessions.saveToken(null, request, response);
            if (cookieValue(request) != null) {
                writeCookie(response, "", 0);
            }
        } else if (request.getSession(false) != null) {
            sessions.saveToken(token, request, response);
        } else {
            writeCookie(response, token.getToken() + "." + sign(token.getToken()), -1);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        CsrfToken inSession = sessions.loadToken(request);
        if (inSession != null) {
            return inSession;
        }
        String value = cookieValue(request);
        int dot = value == null ? -1 : value.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String token = value.substring(0, dot);
        byte[] expected = sign(token).getBytes(StandardCharsets.US_ASCII);
        byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return null;
        }
        return new DefaultCsrfToken(HEADER, PARAMETER, token);
    }

    private String cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookieName.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private void writeCookie(HttpServletResponse response, String value, int maxAgeSeconds) {
        var cookie = ResponseCookie.from(cookieName, value)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .maxAge(maxAgeSeconds)
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    private String sign(String token) {
        try {
            var mac = Mac.getInstance(MAC);
            mac.init(key);
            byte[] signature = mac.doFinal(("csrf-token:" + token).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", impossible);
        }
    }
}
