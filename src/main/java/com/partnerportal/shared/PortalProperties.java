package com.partnerportal.shared;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings every module may need.
 *
 * @param baseUrl the public address of the portal, used to build links in emails
 */
@Validated
@ConfigurationProperties("portal")
public record PortalProperties(@NotNull URI baseUrl) {

    public String link(String pathAndQuery) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
    }
}
