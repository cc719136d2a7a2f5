package com.partnerportal.shared;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Encrypts the secrets the portal must read back (webhook signing secrets, identity providers' client
 * secrets) with AES-256-GCM, under a key from configuration ({@code PORTAL_SECRETS_KEY}, 32 bytes in
 * base64), so a copy of the database alone reveals none of them. The development run and the tests may
 * instead keep a generated key in the database ({@code portal.secrets.development-key=true}), which is
 * off in production: there the portal refuses to start without a key.
 */
@Component
public class SecretCipher {

    private static final String DEVELOPMENT_KEY = "development-secrets";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(
            @Value("${portal.secrets.key:}") String configuredKey,
            @Value("${portal.secrets.development-key:false}") boolean developmentKey,
            JdbcClient jdbc) {
        this.key = new SecretKeySpec(keyBytes(configuredKey, developmentKey, jdbc), "AES");
    }

    public byte[] encrypt(byte[] plain) {
        try {
            var nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** @throws IllegalStateException when the ciphertext was not sealed with this key (or was altered) */
    public byte[] decrypt(byte[] sealed) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored secret cannot be decrypted with the configured key", e);
        }
    }

    private static byte[] keyBytes(String configured, boolean developmentKey, JdbcClient jdbc) {
        if (configured != null && !configured.isBlank()) {
            byte[] decoded;
            try {
                decoded = Base64.getDecoder().decode(configured.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("PORTAL_SECRETS_KEY is not base64");
            }
            if (decoded.length != 32) {
                throw new IllegalStateException("PORTAL_SECRETS_KEY must be 32 bytes (openssl rand -base64 32)");
            }
            return decoded;
        }
        if (!developmentKey) {
            throw new IllegalStateException(
                    "PORTAL_SECRETS_KEY is not set: generate one with 'openssl rand -base64 32' (README, production)");
        }
        return ServerKeys.shared(jdbc, DEVELOPMENT_KEY);
    }
}
