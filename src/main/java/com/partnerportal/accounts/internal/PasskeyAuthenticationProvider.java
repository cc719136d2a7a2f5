package com.partnerportal.accounts.internal;

import java.util.ArrayList;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Login with a passkey (R4.3). The signature is checked by Spring Security's relying party; the
 * user is then the same {@link PortalUser} a password login gives, so every page sees one kind of
 * principal, a disabled or not yet activated account is refused like at the password form, and
 * the {@code FACTOR_WEBAUTHN} authority records how the user proved who they are.
 */
public class PasskeyAuthenticationProvider implements AuthenticationProvider {

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final AccountUserDetailsService users;

    public PasskeyAuthenticationProvider(WebAuthnRelyingPartyOperations relyingParty, AccountUserDetailsService users) {
        this.relyingParty = relyingParty;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var request = (WebAuthnAuthenticationRequestToken) authentication;
        String username;
        try {
            username = relyingParty.authenticate(request.getWebAuthnRequest()).getName();
        } catch (RuntimeException refused) {
            throw new BadCredentialsException("Passkey not accepted", refused);
        }
        var user = users.loadUserByUsername(username);
        var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
