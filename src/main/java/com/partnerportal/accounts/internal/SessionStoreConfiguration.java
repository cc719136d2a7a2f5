package com.partnerportal.accounts.internal;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sessions in PostgreSQL (R8.4). Two requests of one session may add the same attribute at once
 * (the CSRF token of several tabs opened just after login): the plain INSERT then fails one of them
 * with a duplicate key, so an attribute is upserted instead.
 *
 * <p>Every request of a session sets its last access time, and Spring Session would write the row
 * each time: a heap update and new entries in its indexes per page view. The row is only written
 * when something else changed or when the last access moved by a thirtieth of the idle timeout (a
 * minute for 30 minutes), so a session may end up to that much earlier than the idle timeout says.
 */
@Configuration(proxyBeanMethods = false)
public class SessionStoreConfiguration {

    private static final Duration MOST_UNRECORDED_ACCESS = Duration.ofMinutes(1);
    private static final int UNRECORDED_SHARE = 30;

    private static final String UPSERT_ATTRIBUTE = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    // The parameters are Spring Session's, in its order: session id, last access, idle timeout in
    // seconds, expiry, principal name, primary id; each is read once, in the derived table.
    private static final String UPDATE_SESSION_WHEN_IT_MATTERS = """
            UPDATE %TABLE_NAME% AS s SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
                MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
                PRINCIPAL_NAME = v.principal_name
            FROM (SELECT ?::char(36) AS session_id, ?::bigint AS last_access_time, ?::integer AS max_inactive_interval,
                         ?::bigint AS expiry_time, ?::varchar(100) AS principal_name, ?::char(36) AS primary_id) AS v
            WHERE s.PRIMARY_ID = v.primary_id
              AND (s.SESSION_ID <> v.session_id
                   OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
                   OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
                   OR v.last_access_time - s.LAST_ACCESS_TIME >= LEAST({most}, v.max_inactive_interval * 1000::bigint / {share}))
            """.replace(
                    "{most}", Long.toString(MOST_UNRECORDED_ACCESS.toMillis()))
            .replace("{share}", Integer.toString(UNRECORDED_SHARE));

    /** How far a session's last access may move before the row records it (also {@link UnchangedSessionsNotSaved}). */
    static Duration accessWorthRecording(Duration idleTimeout) {
        Duration share = idleTimeout.dividedBy(UNRECORDED_SHARE);
        return share.compareTo(MOST_UNRECORDED_ACCESS) > 0 ? MOST_UNRECORDED_ACCESS : share;
    }

    /**
     * Spring Session's store, without its read after each save ({@link NoRereadAfterSave}), without the save of a
     * session nothing changed ({@link UnchangedSessionsNotSaved}) and without a transaction around a session read
     * ({@link SessionReadsOutsideTransactions}, given to the configuration that builds the store).
     */
    @Bean
    static BeanPostProcessor sessionStoreWithFewerRoundTrips(ObjectProvider<PlatformTransactionManager> transactions) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof JdbcHttpSessionConfiguration configuration) {
                    configuration.setTransactionOperations(
                            new SessionReadsOutsideTransactions(transactions.getObject()));
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository store
                        ? new NoRereadAfterSave<>(new UnchangedSessionsNotSaved<>(store))
                        : bean;
            }
        };
    }

    /** The session a request saved last is forgotten when a request begins or ends ({@link NoRereadAfterSave}). */
    @Bean
    public ServletRequestListener savedSessionForgottenBetweenRequests() {
        return new ServletRequestListener() {
            @Override
            public void requestInitialized(ServletRequestEvent event) {
                NoRereadAfterSave.forget();
            }

            @Override
            public void requestDestroyed(ServletRequestEvent event) {
                NoRereadAfterSave.forget();
            }
        };
    }

    @Bean
    public SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionQueries() {
        return repository -> {
            repository.setCreateSessionAttributeQuery(UPSERT_ATTRIBUTE);
            repository.setUpdateSessionQuery(UPDATE_SESSION_WHEN_IT_MATTERS);
        };
    }
}
