package com.partnerportal.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature (R12.1): {@code v1,} and the base64 HMAC-SHA256, under the
 * secret's bytes, of {@code id.timestamp.body}; secrets are shown as {@code whsec_} and their bytes
 * in base64. While a rotated secret overlaps, the header carries one signature per secret, separated
 * by spaces, and a receiver accepts the message when any one verifies.
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** 256 random bits. */
    public static byte[] newSecret() {
        var secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    public static String display(byte[] secret) {
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(secret);
    }

    public static byte[] parse(String displayed) {
        String encoded = displayed.startsWith(SECRET_PREFIX) ? displayed.substring(SECRET_PREFIX.length()) : displayed;
        return Base64.getDecoder().decode(encoded);
    }

    public static String sign(byte[] secret, String messageId, long timestampSeconds, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest =
                    mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The {@code webhook-signature} header: the current secret's signature first. */
    public static String header(List<byte[]> secrets, String messageId, long timestampSeconds, String body) {
        return secrets.stream()
                .map(secret -> sign(secret, messageId, timestampSeconds, body))
                .collect(Collectors.joining(" "));
    }

    /** What a receiver does: whether any signature of the header is this secret's, in constant time. */
    public static boolean verifies(byte[] secret, String header, String messageId, long timestampSeconds, String body) {
        byte[] expected = sign(secret, messageId, timestampSeconds, body).getBytes(StandardCharsets.US_ASCII);
        boolean found = false;
        for (String signature : header.split(" ")) {
            found |= MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
        }
        return found;
    }
}
