package com.partnerportal.accounts.internal;

import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user who signed on at their company's identity provider (R11.2): the same {@link PortalUser} as
 * after a password or passkey login, so every page and rule sees one kind of principal, and an
 * {@link OidcUser} too, so that logging out can end the session at the provider as well.
 */
public class SignedOnUser extends PortalUser implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    public SignedOnUser(Account account, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(account, false);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    /** The address, as for every other login: sessions are found by it when an account is disabled. */
    @Override
    public String getName() {
        return getUsername();
    }
}
