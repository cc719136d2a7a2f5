package com.partnerportal.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request: method, path, status, time. The query string is never logged, since
 * activation and reset links carry their token there; neither are bodies, cookies or headers. Nor
 * are the static files and the health probes, which load balancers and orchestrators call every few
 * seconds: they would be most of the log and its cost (docs/performance.md).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("com.partnerportal.requests");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (log.isInfoEnabled() && logged(request.getRequestURI())) {
                log.info(
                        "{} {} {} {}ms",
                        request.getMethod(),
                        printable(request.getRequestURI()),
                        response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    private static boolean logged(String path) {
        return !path.startsWith("/webjars/") && !Probes.isProbe(path);
    }

    /** Keeps a hostile path from forging log lines. */
    private static String printable(String path) {
        String shortened = path.length() > 200 ? path.substring(0, 200) + "…" : path;
        return shortened.replaceAll("[\\p{Cntrl}]", "?");
    }
}
