package com.partnerportal.catalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * A resource as the demo data or an import describes it; its file comes separately.
 *
 * @param language "en" or "fr"
 * @param link an https address, for a resource hosted elsewhere (a video, a web page), else null
 */
public record NewResource(
        String title,
        String description,
        ResourceType type,
        Audience audience,
        String language,
        List<String> products,
        LocalDate publishedOn,
        String link) {}
