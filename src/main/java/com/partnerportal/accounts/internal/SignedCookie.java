package com.partnerportal.accounts.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.ResponseCookie;

/**
 * A cookie whose value is signed with HMAC-SHA256 under the key the instances share, so that a
 * visitor can carry state without a session row, and a forged or altered value is no value. The
 * purpose goes into the signature: a value signed for one cookie is refused by another.
 */
public final class SignedCookie {

    private static final String MAC = "HmacSHA256";

    private final String name;
    private final String purpose;
    private final SecretKeySpec key;
    private final boolean secure;

    public SignedCookie(String name, String purpose, byte[] key, boolean secure) {
        this.name = name;
        this.purpose = purpose;
        this.key = new SecretKeySpec(key, MAC);
        this.secure = secure;
    }

    /** Sets the cookie for the browser session (HttpOnly, SameSite=Lax, Secure as configured). */
    public void write(HttpServletResponse response, String value) {
        set(response, value + "." + sign(value), -1);
    }

    public void clear(HttpServletResponse response) {
        set(response, "", 0);
    }

    public boolean present(HttpServletRequest request) {
        return raw(request).isPresent();
    }

    /** The value, if the request carries this cookie with a valid signature. */
    public Optional<String> read(HttpServletRequest request) {
        return raw(request).flatMap(raw -> {
            int dot = raw.lastIndexOf('.');
            if (dot <= 0) {
                return Optional.empty();
            }
            String value = raw.substring(0, dot);
            byte[] expected = sign(value).getBytes(StandardCharsets.US_ASCII);
            byte[] given = raw.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, given) ? Optional.of(value) : Optional.empty();
        });
    }

    private Optional<String> raw(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private void set(HttpServletResponse response, String value, int maxAgeSeconds) {
        var cookie = ResponseCookie.from(name, value)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .maxAge(maxAgeSeconds)
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    private String sign(String value) {
        try {
            var mac = Mac.getInstance(MAC);
            mac.init(key);
            byte[] signature = mac.doFinal((purpose + ":" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", impossible);
        }
    }
}
