package com.partnerportal.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the one layout needs on every page: branding, who is looking, the current language, the switch links.
 * For controllers only (the error page's included): the actuator's probes have no layout, and each of these
 * methods is resolved and called at every request it applies to.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final BrandingProperties branding;

    LayoutModel(BrandingProperties branding) {
        this.branding = branding;
    }

    @ModelAttribute("branding")
    BrandingProperties branding() {
        return branding;
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        return Viewer.of(SecurityContextHolder.getContext().getAuthentication());
    }

    @ModelAttribute("language")
    String language(Locale locale) {
        return Locales.supported(locale).getLanguage();
    }

    @ModelAttribute("switchToEnglish")
    String switchToEnglish(HttpServletRequest request) {
        return languageLink(request, "en");
    }

    @ModelAttribute("switchToFrench")
    String switchToFrench(HttpServletRequest request) {
        return languageLink(request, "fr");
    }

    /** The page being viewed in the other language, with its query kept (also on error pages). */
    private static String languageLink(HttpServletRequest request, String language) {
        Object originalUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = originalUri instanceof String uri ? uri : request.getRequestURI();
        String query = originalUri == null ? request.getQueryString() : null;
        return UriComponentsBuilder.fromPath(path)
                .query(query)
                .replaceQueryParam(WebConfiguration.LANGUAGE_PARAMETER, language)
                .build()
                .toUriString();
    }
}
