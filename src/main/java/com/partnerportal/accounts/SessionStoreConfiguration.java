package com.partnerportal.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions in PostgreSQL (R8.4). Two requests of one session may add the same attribute at once
 * (the CSRF token of several tabs opened just after login): the plain INSERT then fails one of them
 * with a duplicate key, so an attribute is upserted instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    private static final String UPSERT_ATTRIBUTE = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes() {
        return repository -> repository.setCreateSessionAttributeQuery(UPSERT_ATTRIBUTE);
    }
}
