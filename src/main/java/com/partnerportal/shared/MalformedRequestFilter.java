package com.partnerportal.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns requests the portal cannot read into a clear 4xx page before anything reads them: query
 * or form parameters that are not valid percent-encoded UTF-8 get 400, and the internal
 * {@code /error} page opened directly gets 404.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequestFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("/error".equals(request.getRequestURI()) || request.getRequestURI().startsWith("/error/")) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        try {
            request.getParameterMap();
        } catch (IllegalArgumentException | IllegalStateException unreadable) {
            request.setAttribute(UNREADABLE_PARAMETERS, true);
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Set on a request whose parameters cannot be read, so that its error page does not try again. */
    static final String UNREADABLE_PARAMETERS = MalformedRequestFilter.class.getName() + ".unreadable";

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    static boolean parametersReadable(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ERROR
                || request.getAttribute(UNREADABLE_PARAMETERS) == null;
    }
}
