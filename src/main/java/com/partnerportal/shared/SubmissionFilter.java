package com.partnerportal.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * R8.4: a form POST that carries a one-time key ({@link FormSubmissions#PARAMETER}) runs in one
 * transaction that first claims the key, then does the work, then records the answer. A repeat of
 * the key — the user's retry after an answer lost with a dying instance, a double click, a load
 * balancer retrying the POST on another instance — waits for the first to end and gets the same
 * answer, and nothing is done twice. A request that fails rolls back, key included, so it may be
 * sent again. Runs after Spring Security's filters (order -100), so that it knows who submits.
 */
@Component
@Order(0)
class SubmissionFilter extends OncePerRequestFilter {

    /** The answer to a key another principal claimed. */
    private static final FormSubmissions.Answer FOREIGN = new FormSubmissions.Answer(409, null, null, null);

    private final FormSubmissions submissions;
    private final TransactionTemplate transactions;

    SubmissionFilter(FormSubmissions submissions, PlatformTransactionManager transactionManager) {
        this.submissions = submissions;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || key(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UUID key = key(request);
        String principal = principal();
        var held = new HeldResponse(response);
        FormSubmissions.Answer replay;
        try {
            replay = transactions.execute(status -> {
                if (!submissions.claim(key, principal)) {
                    return submissions.answer(key, principal).orElse(FOREIGN);
                }
                try {
                    chain.doFilter(request, held);
                } catch (IOException | ServletException failed) {
                    throw new Failed(failed);
                }
                if (held.getStatus() >= 400) {
                    // A refusal changed nothing worth keeping: the key is free again, as after a failure.
                    status.setRollbackOnly();
                } else {
                    submissions.record(
                            key,
                            new FormSubmissions.Answer(
                                    held.getStatus(),
                                    held.getHeader(HttpHeaders.LOCATION),
                                    held.getContentType(),
                                    held.getContentAsByteArray()));
                }
                return null;
            });
        } catch (Failed failed) {
            if (failed.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) failed.getCause();
        }
        if (replay == FOREIGN) {
            // Someone else's key: nothing of theirs is shown, nothing is done.
            response.sendError(HttpServletResponse.SC_CONFLICT);
        } else if (replay != null) {
            answer(response, replay);
        } else {
            // Only now, the work committed, does the client hear of it.
            held.copyBodyToResponse();
        }
    }

    /** Answers a repeat as the first request was answered. */
    private static void answer(HttpServletResponse response, FormSubmissions.Answer answer) throws IOException {
        response.setStatus(answer.status());
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.body() != null && answer.body().length > 0) {
            response.getOutputStream().write(answer.body());
        }
    }

    private static UUID key(HttpServletRequest request) {
        String value = request.getParameter(FormSubmissions.PARAMETER);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAKey) {
            return null;
        }
    }

    private static String principal() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? "visitor"
                : authentication.getName();
    }

    /**
     * Holds the answer until the transaction has committed: a redirect is recorded, not sent, and the
     * body is kept (what {@link ContentCachingResponseWrapper} does for bodies).
     */
    private static final class HeldResponse extends ContentCachingResponseWrapper {

        HeldResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) {
            sendRedirect(location, HttpServletResponse.SC_FOUND, true);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) {
            sendRedirect(location, HttpServletResponse.SC_FOUND, clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int status) {
            sendRedirect(location, status, true);
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) {
            if (clearBuffer) {
                resetBuffer();
            }
            setStatus(status);
            setHeader(HttpHeaders.LOCATION, location);
        }
    }

    /** Carries a checked failure of the chain out of the transaction callback. */
    private static final class Failed extends RuntimeException {
        Failed(Exception cause) {
            super(cause);
        }
    }
}
