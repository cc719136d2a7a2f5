package com.partnerportal.shared;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings every module may need.
 *
 * @param baseUrl the public address of the portal, used to build links in emails
 * @param trustedProxies the reverse proxies (CIDRs) whose {@code X-Forwarded-For} and {@code
 *     X-Forwarded-Proto} are believed; none by default
 */
@Validated
@ConfigurationProperties("portal")
public record PortalProperties(
        @NotNull URI baseUrl, @NotNull @DefaultValue({}) List<String> trustedProxies) {

    public String link(String pathAndQuery) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
    }
}
