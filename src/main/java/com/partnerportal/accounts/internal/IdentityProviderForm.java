package com.partnerportal.accounts.internal;

import com.partnerportal.shared.FormText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A provider as the vendor admin types it (R11.2). The client secret is never sent back to the page:
 * blank when changing a provider keeps the stored one.
 *
 * @param owner a company's id, or {@code vendor} for the vendor's own staff
 * @param domains the domains it vouches for, separated by commas or spaces; blank means all the company's
 */
public record IdentityProviderForm(
        @NotBlank(message = "{sso.owner.required}") String owner,

        @NotBlank(message = "{sso.issuer.invalid}") @Size(max = 500, message = "{sso.issuer.invalid}")
        String issuer,

        @NotBlank(message = "{sso.clientId.invalid}")
        @Size(max = 200, message = "{sso.clientId.invalid}")
        @Pattern(regexp = "\\p{Graph}+", message = "{sso.clientId.invalid}")
        String clientId,

        @Size(max = 2000, message = "{sso.clientSecret.invalid}")
        String clientSecret,

        @NotBlank(message = "{sso.scopes.invalid}")
        @Size(max = 500, message = "{sso.scopes.invalid}")
        @Pattern(regexp = "[\\w.:/-]+(\\s+[\\w.:/-]+)*", message = "{sso.scopes.invalid}")
        String scopes,

        @NotBlank(message = "{sso.emailClaim.invalid}")
        @Size(max = 100, message = "{sso.emailClaim.invalid}")
        @Pattern(regexp = "[\\w.:-]+", message = "{sso.emailClaim.invalid}")
        String emailClaim,

        boolean emailMustBeVerified,
        boolean passwordsAllowed,
        @Size(max = 2000, message = "{sso.domains.invalid}") String domains) {

    public static final String VENDOR = "vendor";

    public IdentityProviderForm {
        owner = FormText.strip(owner);
        issuer = FormText.strip(issuer);
        clientId = FormText.strip(clientId);
        clientSecret = clientSecret == null ? "" : clientSecret.strip();
        scopes = FormText.strip(scopes);
        emailClaim = FormText.strip(emailClaim);
        domains = FormText.strip(domains);
    }

    public static IdentityProviderForm blank() {
        return new IdentityProviderForm(null, null, null, null, "openid email profile", "email", true, true, null);
    }

    public static IdentityProviderForm of(IdentityProvider provider) {
        return new IdentityProviderForm(
                provider.forVendorStaff() ? VENDOR : provider.companyId().toString(),
                provider.issuer(),
                provider.clientId(),
                "",
                String.join(" ", provider.scopes()),
                provider.emailClaim(),
                provider.emailMustBeVerified(),
                provider.passwordsAllowed(),
                String.join(", ", provider.domains()));
    }

    /** The scopes, {@code openid} always among them, each once. */
    public List<String> scopeList() {
        var list = new java.util.ArrayList<String>(List.of("openid"));
        Arrays.stream((scopes == null ? "" : scopes).split("\\s+"))
                .filter(scope -> !scope.isEmpty() && !list.contains(scope))
                .forEach(list::add);
        return list;
    }

    /** The domains as typed, lower case, each once; not yet checked. */
    public List<String> domainList() {
        return Arrays.stream((domains == null ? "" : domains).split("[,\\s]+"))
                .filter(domain -> !domain.isEmpty())
                .map(domain -> domain.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    /** The company, or {@code null} for the vendor's staff. */
    public UUID companyId() {
        if (owner == null || owner.equals(VENDOR)) {
            return null;
        }
        try {
            return UUID.fromString(owner);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
