package com.partnerportal.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A catalogue entry as pages show it: its file (name, type, size) or its external link.
 *
 * @param status DRAFT, PUBLISHED or RETIRED; partners see published ones only
 */
record Resource(
        UUID id,
        String title,
        String description,
        ResourceType type,
        Audience audience,
        String language,
        List<String> products,
        LocalDate publishedOn,
        String status,
        String link,
        UUID fileId,
        String fileName,
        String contentType,
        long sizeBytes) {

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    public boolean isNew(LocalDate today) {
        return !publishedOn.isBefore(today.minusDays(SearchQuery.NEW_DAYS));
    }

    public String sizeLabel() {
        return com.partnerportal.shared.WebAddresses.sizeLabel(sizeBytes);
    }
}
