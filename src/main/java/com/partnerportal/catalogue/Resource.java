package com.partnerportal.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A catalogue entry as pages show it: its file (name, type, size) or its external link.
 *
 * @param status DRAFT, PUBLISHED or RETIRED; partners see published ones only
 * @param minimumLevelId the programme level it is reserved to, with those above (R10.1), or null
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
        long sizeBytes,
        UUID minimumLevelId) {

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
