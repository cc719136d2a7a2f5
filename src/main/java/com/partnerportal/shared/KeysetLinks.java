package com.partnerportal.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a list paged by {@link Keyset}, keeping its other filters in the query: back to the
 * first page, and on to the next one.
 *
 * @param first the first page's link, or null on the first page
 * @param next the next page's link, or null on the last page
 */
public record KeysetLinks(String first, String next) {

    public static KeysetLinks of(HttpServletRequest request, boolean firstPage, Keyset.Page<?> page) {
        return new KeysetLinks(
                firstPage ? null : link(request, null),
                page.last() ? null : link(request, page.next().text()));
    }

    public boolean needed() {
        return first != null || next != null;
    }

    private static String link(HttpServletRequest request, String after) {
        var uri = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        return (after == null ? uri.replaceQueryParam("after") : uri.replaceQueryParam("after", after))
                .build()
                .toUriString();
    }
}
