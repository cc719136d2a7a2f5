package com.partnerportal.accounts.internal;

import com.partnerportal.shared.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.UUID;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;

/**
 * Spring Security's OAuth2 client reads its registrations here, from PostgreSQL, at every login
 * (R11.2): a provider the vendor connects on one instance is used by the next login on any other,
 * without a restart. The registration id is the provider's id.
 */
@Component
public class DatabaseClientRegistrations implements ClientRegistrationRepository {

    /**
     * The one redirect URI of every provider: Spring Security finds the registration from the stored
     * authorization request, not from the path, so each provider's console is given the same address.
     */
    public static final String CALLBACK = "/login/oauth2/code/sso";

    private final IdentityProviderStore providers;
    private final SecretCipher cipher;

    DatabaseClientRegistrations(IdentityProviderStore providers, SecretCipher cipher) {
        this.providers = providers;
        this.cipher = cipher;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        UUID id;
        try {
            id = UUID.fromString(registrationId);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
        return providers.find(id).map(this::registration).orElse(null);
    }

    private ClientRegistration registration(IdentityProvider provider) {
        var metadata = new HashMap<String, Object>();
        provider.endpoints().endSession().ifPresent(uri -> metadata.put("end_session_endpoint", uri.toString()));
        return ClientRegistration.withRegistrationId(provider.id().toString())
                .clientId(provider.clientId())
                .clientSecret(new String(cipher.decrypt(provider.sealedClientSecret()), StandardCharsets.UTF_8))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}" + CALLBACK)
                .scope(provider.scopes())
                .issuerUri(provider.issuer())
                .authorizationUri(provider.endpoints().authorization().toString())
                .tokenUri(provider.endpoints().token().toString())
                .jwkSetUri(provider.endpoints().jwkSet().toString())
                .userInfoUri(
                        provider.endpoints().userInfo().map(Object::toString).orElse(null))
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(metadata)
                .clientName(provider.issuer())
                .build();
    }
}
