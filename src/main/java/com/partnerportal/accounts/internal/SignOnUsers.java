package com.partnerportal.accounts.internal;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import com.partnerportal.shared.EmailAddress;
import com.partnerportal.shared.RegistrableDomain;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a sign-on the provider vouched for into the portal's user (R11.2). Spring Security has
 * already checked the ID token's signature against the provider's keys, its issuer, audience, nonce
 * and expiry, and the state (R11.3); here the address must be in the claim the provider was told,
 * verified unless the vendor said otherwise, and at one of the domains bound to the provider. The
 * first sign-on of such an address opens its account in the company; a disabled account stays
 * refused; an account of another company, a distributor or — at a partner's provider — the vendor
 * is never reached this way.
 */
@Component
public class SignOnUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService claims = new OidcUserService();
    private final IdentityProviderStore providers;
    private final AccountRepository accounts;
    private final Accounts service;

    SignOnUsers(IdentityProviderStore providers, AccountRepository accounts, Accounts service) {
        this.providers = providers;
        this.accounts = accounts;
        this.service = service;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        var provider = providers
                .find(UUID.fromString(request.getClientRegistration().getRegistrationId()))
                .orElseThrow(() -> SignOnRefusal.FAILED.exception("the provider was removed"));
        OidcUser user = claims.loadUser(request);
        String claimed = user.getClaimAsString(provider.emailClaim());
        if (claimed == null) {
            throw SignOnRefusal.EMAIL_MISSING.exception("no " + provider.emailClaim() + " claim");
        }
        if (provider.emailMustBeVerified() && !Boolean.TRUE.equals(user.getEmailVerified())) {
            throw SignOnRefusal.EMAIL_UNVERIFIED.exception(claimed + " is not verified by the provider");
        }
        EmailAddress address;
        String domain;
        try {
            address = EmailAddress.parse(claimed);
            domain = RegistrableDomain.of(address).value();
        } catch (IllegalArgumentException malformed) {
            throw SignOnRefusal.EMAIL_MISSING.exception("not an email address");
        }
        if (!provider.binds(domain)) {
            throw SignOnRefusal.OUTSIDE_DOMAINS.exception(domain + " is not bound to this provider");
        }
        Account account;
        try {
            account = account(provider, address, user);
        } catch (DuplicateKeyException openedMeanwhile) {
            // Two first sign-ons of one address at once: the other opened it; this one uses it.
            account = account(provider, address, user);
        }
        return new SignedOnUser(account, user.getIdToken(), user.getUserInfo());
    }

    private Account account(IdentityProvider provider, EmailAddress address, OidcUser user) {
        var existing = accounts.findByEmail(address.value());
        if (existing.isEmpty()) {
            if (provider.forVendorStaff()) {
                throw SignOnRefusal.UNKNOWN_STAFF.exception(address.value() + " has no vendor account");
            }
            var locale = user.getLocale() == null ? Locale.ENGLISH : Locale.forLanguageTag(user.getLocale());
            return service.openSignedOn(
                    NewAccount.partnerUser(
                            address.value(),
                            user.getGivenName(),
                            user.getFamilyName(),
                            provider.companyId(),
                            locale.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH),
                    provider.issuer());
        }
        var account = existing.get();
        boolean sameScope = provider.forVendorStaff()
                ? account.role() == Role.VENDOR_ADMIN
                : account.role() == Role.PARTNER_USER && provider.companyId().equals(account.companyId());
        if (!sameScope) {
            throw SignOnRefusal.OTHER_ACCOUNT.exception(address.value() + " belongs elsewhere");
        }
        if (!account.enabled()) {
            throw SignOnRefusal.ACCOUNT_DISABLED.exception(address.value() + " is disabled");
        }
        return account.activated() ? account : service.signedOn(account);
    }
}
