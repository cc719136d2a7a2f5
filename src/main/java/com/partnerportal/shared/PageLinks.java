package com.partnerportal.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Previous and next links of a paged list, keeping the list's other filters in the query.
 *
 * @param previous the previous page's link, or null on the first page
 * @param next the next page's link, or null on the last page
 * @param number the current page, counted from 1
 * @param count how many pages there are, at least 1
 */
public record PageLinks(String previous, String next, long number, long count) {

    public static PageLinks of(HttpServletRequest request, int page, int pageSize, long total) {
        long count = Math.max(1, (total + pageSize - 1) / pageSize);
        return new PageLinks(
                page > 0 ? link(request, page - 1) : null,
                (long) page + 1 < count ? link(request, page + 1) : null,
                page + 1L,
                count);
    }

    public boolean needed() {
        return previous != null || next != null;
    }

    private static String link(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }
}
