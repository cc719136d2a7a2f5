package com.partnerportal.accounts.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.partnerportal.shared.AddressPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tests a connection to an OpenID Connect provider before it is saved (R11.2): its discovery document
 * is fetched from the issuer, must name that same issuer and the endpoints a login needs, each at an
 * address the portal may call (SSRF), and its key set must hold a signing key. Development and tests
 * may allow {@code http://} providers on this machine ({@code portal.sso.allow-local-http}).
 */
@Component
public class ProviderDiscovery {

    private static final int MOST_BYTES = 512 * 1024;

    /** What the provider answered, as what a login will use. */
    public record Discovered(IdentityProvider.Endpoints endpoints, int signingKeys) {}

    /** Why the connection failed, as the message key the form shows and a detail for the vendor admin. */
    public static final class ConnectionFailedException extends Exception {

        private final String messageKey;

        ConnectionFailedException(String messageKey, String detail) {
            super(detail);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** Built at the first discovery: its TLS set-up would otherwise add to every start (docs/performance.md). */
    private static final class Client {
        static final HttpClient HTTP = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private final AddressPolicy addresses;

    ProviderDiscovery(@Value("${portal.sso.allow-local-http:false}") boolean allowLocalHttp) {
        this.addresses = new AddressPolicy(allowLocalHttp);
    }

    public Discovered discover(String issuer) throws ConnectionFailedException {
        callable(issuer, "sso.issuer");
        String location = (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
                + "/.well-known/openid-configuration";
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.parse(get(URI.create(location)));
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new ConnectionFailedException("sso.test.notDiscovery", e.getMessage());
        }
        if (!issuer.equals(metadata.getIssuer().getValue())) {
            throw new ConnectionFailedException(
                    "sso.test.issuerMismatch",
                    "the document names " + metadata.getIssuer().getValue());
        }
        if (metadata.getAuthorizationEndpointURI() == null
                || metadata.getTokenEndpointURI() == null
                || metadata.getJWKSetURI() == null) {
            throw new ConnectionFailedException("sso.test.notDiscovery", "an endpoint a login needs is missing");
        }
        var endpoints = new IdentityProvider.Endpoints(
                callable(metadata.getAuthorizationEndpointURI().toString(), "sso.endpoint"),
                callable(metadata.getTokenEndpointURI().toString(), "sso.endpoint"),
                callable(metadata.getJWKSetURI().toString(), "sso.endpoint"),
                optional(metadata.getUserInfoEndpointURI()),
                optional(metadata.getEndSessionEndpointURI()));
        int signingKeys;
        try {
            signingKeys = (int) JWKSet.parse(get(endpoints.jwkSet())).getKeys().stream()
                    .filter(key -> key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse()))
                    .count();
        } catch (java.text.ParseException e) {
            throw new ConnectionFailedException("sso.test.noKeys", e.getMessage());
        }
        if (signingKeys == 0) {
            throw new ConnectionFailedException("sso.test.noKeys", "no signing key in " + endpoints.jwkSet());
        }
        return new Discovered(endpoints, signingKeys);
    }

    private Optional<URI> optional(URI endpoint) throws ConnectionFailedException {
        return endpoint == null ? Optional.empty() : Optional.of(callable(endpoint.toString(), "sso.endpoint"));
    }

    private URI callable(String address, String messagePrefix) throws ConnectionFailedException {
        try {
            return addresses.check(address);
        } catch (AddressPolicy.RefusedAddressException refused) {
            throw new ConnectionFailedException(refused.messageKey(messagePrefix), refused.getMessage());
        }
    }

    private String get(URI location) throws ConnectionFailedException {
        var request = HttpRequest.newBuilder(location)
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            var response = Client.HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new ConnectionFailedException(
                            "sso.test.unreachable", location + " answered " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(MOST_BYTES + 1);
                if (bytes.length > MOST_BYTES) {
                    throw new ConnectionFailedException("sso.test.notDiscovery", location + " is too large");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ConnectionFailedException("sso.test.unreachable", location + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionFailedException("sso.test.unreachable", location + ": interrupted");
        }
    }
}
