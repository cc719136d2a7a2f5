package com.partnerportal.university.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A SCORM commit (R5.7) is read whole into memory to be kept, so one that says it is larger than
 * 1 MB, or does not say how large it is, is refused before it is read (413).
 */
@Component
class ScormCommitLimit extends OncePerRequestFilter {

    private static final Pattern COMMIT = Pattern.compile("/university/scorm/[^/]+/[^/]+/commit");
    private static final long MOST_BYTES = 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !COMMIT.matcher(request.getRequestURI()
                        .substring(request.getContextPath().length()))
                .matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0 || length > MOST_BYTES) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
