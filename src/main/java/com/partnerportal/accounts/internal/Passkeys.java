package com.partnerportal.accounts.internal;

import com.partnerportal.accounts.PasskeyChanged;
import com.partnerportal.shared.Rows;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passkeys of each account (R4.3): Spring Security's relying party stores them through
 * {@link #credentials()}, which tidies the label the browser sent and tells the owner of every new
 * one; users list and remove their own here, and nobody else's.
 */
@Service
public class Passkeys {

    public static final int MAXIMUM_LABEL_LENGTH = 100;

    public record Passkey(String id, String label, Instant createdAt, Instant lastUsedAt) {}

    private final JdbcClient jdbc;
    private final UserCredentialRepository stored;
    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;

    public Passkeys(
            JdbcClient jdbc, JdbcOperations operations, AccountRepository accounts, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.stored = new JdbcUserCredentialRepository(operations);
        this.accounts = accounts;
        this.events = events;
    }

    public List<Passkey> of(String email) {
        return jdbc.sql("""
                        SELECT c.credential_id, c.label, c.created, c.last_used FROM user_credentials c
                        JOIN user_entities e ON e.id = c.user_entity_user_id
                        WHERE e.name = :email ORDER BY c.created, c.credential_id
                        """)
                .param("email", email)
                .query((row, n) -> new Passkey(
                        row.getString("credential_id"),
                        row.getString("label"),
                        Rows.instant(row, "created"),
                        Rows.instant(row, "last_used")))
                .list();
    }

    /** Removes one of the user's own passkeys; false if they have none with that id. */
    @Transactional
    public boolean remove(String email, String credentialId) {
        var label = jdbc.sql("""
                        DELETE FROM user_credentials WHERE credential_id = :id AND user_entity_user_id IN
                        (SELECT id FROM user_entities WHERE name = :email) RETURNING label
                        """)
                .param("id", credentialId)
                .param("email", email)
                .query(String.class)
                .optional();
        label.ifPresent(removed -> tell(email, removed, false));
        return label.isPresent();
    }

    /** Where Spring Security keeps passkeys: the labels are tidied and each new passkey is announced. */
    public UserCredentialRepository credentials() {
        return new UserCredentialRepository() {
            @Override
            public void delete(Bytes credentialId) {
                stored.delete(credentialId);
            }

            @Override
            public void save(CredentialRecord record) {
                boolean added = stored.findByCredentialId(record.getCredentialId()) == null;
                if (!added) {
                    stored.save(record);
                    return;
                }
                var tidy = ImmutableCredentialRecord.fromCredentialRecord(record)
                        .label(tidyLabel(record.getLabel()))
                        .build();
                stored.save(tidy);
                jdbc.sql("SELECT name FROM user_entities WHERE id = :id")
                        .param("id", record.getUserEntityUserId().toBase64UrlString())
                        .query(String.class)
                        .optional()
                        .ifPresent(email -> tell(email, tidy.getLabel(), true));
            }

            @Override
            public CredentialRecord findByCredentialId(Bytes credentialId) {
                return stored.findByCredentialId(credentialId);
            }

            @Override
            public List<CredentialRecord> findByUserId(Bytes userId) {
                return stored.findByUserId(userId);
            }
        };
    }

    public static String tidyLabel(String label) {
        String tidy = label == null
                ? ""
                : label.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", " ").strip();
        tidy = tidy.replaceAll("\\s+", " ");
        if (tidy.codePointCount(0, tidy.length()) > MAXIMUM_LABEL_LENGTH) {
            tidy = tidy.substring(0, tidy.offsetByCodePoints(0, MAXIMUM_LABEL_LENGTH))
                    .strip();
        }
        return tidy.isEmpty() ? "Passkey" : tidy;
    }

    private void tell(String email, String label, boolean added) {
        Optional<Account> account = accounts.findByEmail(email);
        account.ifPresent(owner -> events.publishEvent(new PasskeyChanged(
                owner.id(), email, owner.firstName(), Locale.forLanguageTag(owner.locale()), label, added)));
    }
}
