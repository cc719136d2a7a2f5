package com.partnerportal.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxFileSize the largest file a vendor admin may upload; the servlet's multipart limit must
 *     stay above it, so that a larger file gets this module's message rather than a bare 413
 * @param pageSize search results per page
 */
@Validated
@ConfigurationProperties("portal.catalogue")
record CatalogueProperties(
        @DefaultValue("50MB") DataSize maxFileSize,
        @Min(5) @Max(100) @DefaultValue("20") int pageSize) {}
