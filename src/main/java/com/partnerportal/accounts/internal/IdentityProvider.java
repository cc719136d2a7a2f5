package com.partnerportal.accounts.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An OpenID Connect provider a company's users (or, without a company, the vendor's staff) sign on
 * with (R11.2), bound to the domains whose addresses it vouches for.
 *
 * @param companyId the partner company, or {@code null} for the vendor's own staff
 * @param sealedClientSecret the client secret, AES-GCM under the portal's secrets key (R11.3)
 * @param emailClaim the ID token or user-info claim that holds the user's address
 * @param emailMustBeVerified a sign-on is refused unless {@code email_verified} is true
 * @param passwordsAllowed whether the company's users may still log in with a password
 */
public record IdentityProvider(
        UUID id,
        UUID companyId,
        String issuer,
        String clientId,
        byte[] sealedClientSecret,
        List<String> scopes,
        String emailClaim,
        boolean emailMustBeVerified,
        boolean passwordsAllowed,
        Endpoints endpoints,
        List<String> domains,
        String createdBy,
        Instant updatedAt) {

    public IdentityProvider {
        scopes = List.copyOf(scopes);
        domains = List.copyOf(domains);
    }

    /** The endpoints the provider's discovery document named when the connection was tested. */
    public record Endpoints(
            URI authorization, URI token, URI jwkSet, Optional<URI> userInfo, Optional<URI> endSession) {}

    public boolean forVendorStaff() {
        return companyId == null;
    }

    /** Whether this provider vouches for addresses at the domain (lower case, as stored). */
    public boolean binds(String domain) {
        return domains.contains(domain);
    }
}
