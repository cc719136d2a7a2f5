package com.partnerportal.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * R8.4: while PostgreSQL cannot be reached, every request answers at once with 503, a
 * {@code Retry-After} and a page that says nothing sent was lost (EN/FR), instead of a hang or a 500
 * page. It stands before the session filter, since loading the session is the first thing to fail;
 * the pool's short connection timeout bounds how long the request that finds out waits, and the
 * requests that come meanwhile answer at once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    /** Seconds a client is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final byte[] page = page();

    /**
     * Once a request found the database unreachable, one request at a time (the probe) goes on trying
     * it, each waiting the pool's timeout; the others answer 503 at once instead of each waiting too.
     * The first request that comes through without finding it unreachable ends this.
     */
    private volatile boolean unreachable;

    private final AtomicBoolean probing = new AtomicBoolean();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean probe = false;
        if (unreachable && !passesAlways(request)) {
            probe = probing.compareAndSet(false, true);
            if (!probe) {
                unavailable(request, response);
                return;
            }
        }
        try {
            chain.doFilter(request, response);
            reachable();
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!databaseUnreachable(failure)) {
                reachable();
                throw failure;
            }
            unreachable = true;
            if (response.isCommitted()) {
                throw failure;
            }
            log.warn(
                    "Database unreachable, answered 503 to {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    failure.toString());
            unavailable(request, response);
        } finally {
            if (probe) {
                probing.set(false);
            }
        }
    }

    /** Written only when it changes: every request passes here, and a shared write would cost them all. */
    private void reachable() {
        if (unreachable) {
            unreachable = false;
        }
    }

    /** Health probes say for themselves what they find; files need no database. */
    private static boolean passesAlways(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/actuator/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/img/")
                || path.startsWith("/webjars/");
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getOutputStream()
                    .write(("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                                    + "\"detail\":\"The portal is briefly unavailable; nothing you sent was lost."
                                    + " Try again in " + RETRY_AFTER_SECONDS + " seconds.\"}")
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(page);
    }

    /** Whether the failure, or one of its causes, is the database refusing or dropping connections. */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof java.sql.SQLRecoverableException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
            // A rollback that fails on its connection: the database went away under the transaction.
            if (cause instanceof TransactionSystemException && cause.getCause() instanceof SQLException) {
                return true;
            }
            // The pool's own word for a connection the database dropped.
            if (cause instanceof SQLException && "Connection is closed".equals(cause.getMessage())) {
                return true;
            }
            // SQLSTATE class 08 (connection exception) and 57P01–57P03 (shut down, cannot connect now).
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static byte[] page() {
        try (InputStream in = new ClassPathResource("static-errors/503.html").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
