package com.partnerportal.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a vendor admin describes about a resource (R6.1), as {@link ResourceForm} checked it, or as
 * the demo data and the bulk import give it.
 *
 * @param link an https address for a resource hosted elsewhere, or null when it has a file
 * @param minimumLevel the programme level it is reserved to, with those above (R10.1), or null for every partner
 */
record ResourceFields(
        String title,
        String description,
        ResourceType type,
        Audience audience,
        String language,
        List<String> products,
        LocalDate publishedOn,
        String link,
        UUID minimumLevel) {

    static final int MAX_PRODUCTS = 10;

    static ResourceFields of(NewResource resource) {
        return new ResourceFields(
                resource.title(),
                resource.description(),
                resource.type(),
                resource.audience(),
                resource.language(),
                List.copyOf(resource.products()),
                resource.publishedOn(),
                resource.link(),
                null);
    }

    ResourceFields withoutLink() {
        return new ResourceFields(
                title, description, type, audience, language, products, publishedOn, null, minimumLevel);
    }
}
