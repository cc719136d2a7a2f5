package com.partnerportal.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns requests the portal cannot read into a clear 4xx page before anything reads them: query
 * or form parameters that are not valid percent-encoded UTF-8, that hold a NUL character, or whose
 * name indexes a list beyond what any form has ({@code criteria[300].users}), get 400, and the internal
 * {@code /error} page opened directly gets 404.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequestFilter extends OncePerRequestFilter {

    /**
     * The binder's own limit for growing a list (Spring's default); past it, binding a record's list
     * fails with an exception instead of a field error, so such a request is refused here.
     */
    private static final int LIST_INDEX_LIMIT = 256;

    private static final java.util.regex.Pattern LIST_INDEX = java.util.regex.Pattern.compile("\\[(\\d+)]");

    /** Matched on the decoded path, so that {@code /%65rror} is the error page too. */
    private static final RequestMatcher ERROR_PAGE =
            PathPatternRequestMatcher.withDefaults().matcher("/error/**");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ERROR_PAGE.matches(request)) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        try {
            if (containsNul(request.getParameterMap()) || indexesTooFar(request.getParameterMap())) {
                // No form field has a use for NUL, and PostgreSQL text cannot hold it.
                response.sendError(HttpStatus.BAD_REQUEST.value());
                return;
            }
        } catch (IllegalArgumentException | IllegalStateException unreadable) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean containsNul(java.util.Map<String, String[]> parameters) {
        for (var entry : parameters.entrySet()) {
            if (entry.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : entry.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean indexesTooFar(java.util.Map<String, String[]> parameters) {
        for (String name : parameters.keySet()) {
            var index = LIST_INDEX.matcher(name);
            while (index.find()) {
                String digits = index.group(1);
                if (digits.length() > 3 || Integer.parseInt(digits) >= LIST_INDEX_LIMIT) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }
}
