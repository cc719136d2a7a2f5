package com.partnerportal.shared;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who the portal belongs to: names and logo are configuration, never code (PRODUCT.md intro).
 *
 * @param productName shown in the header and page titles
 * @param vendorName the vendor whose partners use the portal
 * @param logoUrl optional logo shown next to the product name
 * @param supportEmail the vendor's partner-support address, shown where the vendor must be contacted
 * @param supportPhone the vendor's partner-support phone
 */
@Validated
@ConfigurationProperties("portal.branding")
public record BrandingProperties(
        @NotBlank String productName,
        @NotBlank String vendorName,
        String logoUrl,
        String supportEmail,
        String supportPhone) {}
