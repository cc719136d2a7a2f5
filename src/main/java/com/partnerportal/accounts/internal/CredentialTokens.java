package com.partnerportal.accounts.internal;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.shared.SecretTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Activation and reset links. A token is 256 random bits, only its SHA-256 is stored, it expires,
 * and it is spent by one conditional UPDATE, so two uses at the same instant, on any instances,
 * cannot both succeed.
 */
@Component
public class CredentialTokens {

    public enum Purpose {
        ACTIVATION,
        PASSWORD_RESET
    }

    public record IssuedToken(String value, Instant expiresAt) {}

    private static final int MAX_TOKEN_LENGTH = 100;

    private final JdbcClient jdbc;

    public CredentialTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public IssuedToken issue(AccountId account, Purpose purpose, Duration validity) {
        String token = SecretTokens.generate();
        Instant expiresAt = Instant.now().plus(validity);
        jdbc.sql("""
                        INSERT INTO credential_token (token_hash, account_id, purpose, expires_at)
                        VALUES (:hash, :account, :purpose, :expires)
                        """)
                .param("hash", hash(token))
                .param("account", account.value())
                .param("purpose", purpose.name())
                .param("expires", java.sql.Timestamp.from(expiresAt))
                .update();
        return new IssuedToken(token, expiresAt);
    }

    /** Whose unspent, unexpired token this is, without spending it (to show the form). */
    public Optional<AccountId> peek(String token, Purpose purpose) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT account_id FROM credential_token
                        WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > now()
                        """)
                .param("hash", hash(token))
                .param("purpose", purpose.name())
                .query(UUID.class)
                .optional()
                .map(AccountId::new);
    }

    /** Spends the token: at most one caller ever gets the account back. Call inside the transaction that uses it. */
    public Optional<AccountId> spend(String token, Purpose purpose) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        UPDATE credential_token SET used_at = now()
                        WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > now()
                        RETURNING account_id
                        """)
                .param("hash", hash(token))
                .param("purpose", purpose.name())
                .query(UUID.class)
                .optional()
                .map(AccountId::new);
    }

    /** Earlier links of the same purpose stop working when a new one is sent or one is used. */
    public void revokeAll(AccountId account, Purpose purpose) {
        jdbc.sql("UPDATE credential_token SET used_at = now() WHERE account_id = :account AND purpose = :purpose"
                        + " AND used_at IS NULL")
                .param("account", account.value())
                .param("purpose", purpose.name())
                .update();
    }

    private static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= MAX_TOKEN_LENGTH;
    }

    private static byte[] hash(String token) {
        return SecretTokens.hash(token);
    }
}
