package com.partnerportal.accounts.internal;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The identity providers and the domains bound to them (R11.2), read on every sign-on: no cache to go stale. */
@Repository
public class IdentityProviderStore {

    private static final String SELECT = """
            SELECT p.*, ARRAY(SELECT d.domain FROM identity_provider_domain d WHERE d.provider_id = p.id
                              ORDER BY d.domain) AS domains
            FROM identity_provider p
            """;

    private final JdbcClient jdbc;

    IdentityProviderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IdentityProvider> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id")
                .param("id", id)
                .query(this::provider)
                .optional();
    }

    public Optional<IdentityProvider> ofCompany(UUID companyId) {
        return jdbc.sql(SELECT + " WHERE p.company_id IS NOT DISTINCT FROM :company")
                .param("company", companyId)
                .query(this::provider)
                .optional();
    }

    public Optional<IdentityProvider> bindingDomain(String domain) {
        return jdbc.sql(SELECT
                        + " WHERE p.id = (SELECT provider_id FROM identity_provider_domain WHERE domain = :domain)")
                .param("domain", domain)
                .query(this::provider)
                .optional();
    }

    /** Vendor staff first, then by company name. */
    public List<IdentityProvider> all() {
        return jdbc.sql(SELECT + " LEFT JOIN company c ON c.id = p.company_id ORDER BY c.name NULLS FIRST")
                .query(this::provider)
                .list();
    }

    /** Whether the company's users may log in with a password (R11.2): yes unless its provider says no. */
    public boolean passwordsAllowed(UUID companyId) {
        return companyId == null
                || jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM identity_provider WHERE company_id = :company"
                                + " AND NOT passwords_allowed)")
                        .param("company", companyId)
                        .query(Boolean.class)
                        .single();
    }

    /**
     * Inserts or replaces the provider and its domains; a domain already bound to another provider
     * fails the domain's primary key (a {@code DuplicateKeyException}), even when two are saved at once.
     */
    public void save(IdentityProvider provider) {
        jdbc.sql("""
                        INSERT INTO identity_provider (id, company_id, issuer, client_id, client_secret, scopes,
                            email_claim, email_must_be_verified, passwords_allowed, authorization_uri, token_uri,
                            jwk_set_uri, user_info_uri, end_session_uri, created_by, updated_at)
                        VALUES (:id, :company, :issuer, :clientId, :secret, CAST(:scopes AS text[]), :emailClaim,
                            :verified, :passwords, :authorization, :token, :jwkSet, :userInfo, :endSession,
                            :createdBy, now())
                        ON CONFLICT (id) DO UPDATE SET issuer = EXCLUDED.issuer, client_id = EXCLUDED.client_id,
                            client_secret = EXCLUDED.client_secret, scopes = EXCLUDED.scopes,
                            email_claim = EXCLUDED.email_claim, email_must_be_verified = EXCLUDED.email_must_be_verified,
                            passwords_allowed = EXCLUDED.passwords_allowed,
                            authorization_uri = EXCLUDED.authorization_uri, token_uri = EXCLUDED.token_uri,
                            jwk_set_uri = EXCLUDED.jwk_set_uri, user_info_uri = EXCLUDED.user_info_uri,
                            end_session_uri = EXCLUDED.end_session_uri, updated_at = now()
                        """)
                .param("id", provider.id())
                .param("company", provider.companyId())
                .param("issuer", provider.issuer())
                .param("clientId", provider.clientId())
                .param("secret", provider.sealedClientSecret())
                .param("scopes", array(provider.scopes()))
                .param("emailClaim", provider.emailClaim())
                .param("verified", provider.emailMustBeVerified())
                .param("passwords", provider.passwordsAllowed())
                .param("authorization", provider.endpoints().authorization().toString())
                .param("token", provider.endpoints().token().toString())
                .param("jwkSet", provider.endpoints().jwkSet().toString())
                .param(
                        "userInfo",
                        provider.endpoints().userInfo().map(URI::toString).orElse(null))
                .param(
                        "endSession",
                        provider.endpoints().endSession().map(URI::toString).orElse(null))
                .param("createdBy", provider.createdBy())
                .update();
        jdbc.sql("DELETE FROM identity_provider_domain WHERE provider_id = :id")
                .param("id", provider.id())
                .update();
        jdbc.sql(
                        "INSERT INTO identity_provider_domain (domain, provider_id) SELECT unnest(CAST(:domains AS text[])), :id")
                .param("id", provider.id())
                .param("domains", array(provider.domains()))
                .update();
    }

    public boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM identity_provider WHERE id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    private IdentityProvider provider(ResultSet row, int rowNumber) throws SQLException {
        return new IdentityProvider(
                row.getObject("id", UUID.class),
                row.getObject("company_id", UUID.class),
                row.getString("issuer"),
                row.getString("client_id"),
                row.getBytes("client_secret"),
                strings(row.getArray("scopes")),
                row.getString("email_claim"),
                row.getBoolean("email_must_be_verified"),
                row.getBoolean("passwords_allowed"),
                new IdentityProvider.Endpoints(
                        URI.create(row.getString("authorization_uri")),
                        URI.create(row.getString("token_uri")),
                        URI.create(row.getString("jwk_set_uri")),
                        Optional.ofNullable(row.getString("user_info_uri")).map(URI::create),
                        Optional.ofNullable(row.getString("end_session_uri")).map(URI::create)),
                strings(row.getArray("domains")),
                row.getString("created_by"),
                row.getTimestamp("updated_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
