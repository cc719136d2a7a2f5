package com.partnerportal.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/**
 * Single sign-on with OpenID Connect (R11.2, R11.3), as Spring Security's OAuth2 login does it:
 * authorization code with state, nonce and PKCE, the ID token checked against the provider's keys;
 * registrations from {@link DatabaseClientRegistrations}; the user from {@link SignOnUsers}. The
 * provider's access and refresh tokens are not kept: the portal needs the provider only to log in.
 */
@Component
public class SignOnConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SignOnConfiguration.class);

    private final ClientRegistrationRepository registrations;
    private final SignOnUsers users;

    SignOnConfiguration(ClientRegistrationRepository registrations, SignOnUsers users) {
        this.registrations = registrations;
        this.users = users;
    }

    public void configure(HttpSecurity http, RequestCache continueTo) throws Exception {
        var success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/");
        success.setRequestCache(continueTo);
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new NothingKept())
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withLoginHint()))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .successHandler(success)
                .failureHandler(refused()));
    }

    /** Where logging out goes: to the provider's end-session endpoint after a sign-on that has one. */
    public LogoutSuccessHandler logoutSuccess(String loggedOut) {
        var atProvider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        atProvider.setPostLogoutRedirectUri("{baseUrl}" + loggedOut);
        atProvider.setDefaultTargetUrl(loggedOut);
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof OidcUser) {
                atProvider.onLogoutSuccess(request, response, authentication);
            } else {
                response.sendRedirect(request.getContextPath() + loggedOut);
            }
        };
    }

    /** PKCE on every request, and the address typed on the login page as the provider's {@code login_hint}. */
    private OAuth2AuthorizationRequestResolver withLoginHint() {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                return hinted(request, resolver.resolve(request));
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                return hinted(request, resolver.resolve(request, registrationId));
            }
        };
    }

    private static OAuth2AuthorizationRequest hinted(HttpServletRequest request, OAuth2AuthorizationRequest resolved) {
        String hint = request.getParameter("login_hint");
        if (resolved == null || hint == null || hint.isBlank() || hint.length() > 320) {
            return resolved;
        }
        var parameters = new HashMap<>(resolved.getAdditionalParameters());
        parameters.put("login_hint", hint.strip());
        return OAuth2AuthorizationRequest.from(resolved)
                .additionalParameters(parameters)
                .build();
    }

    private static AuthenticationFailureHandler refused() {
        return (request, response, exception) -> {
            var refusal = exception instanceof OAuth2AuthenticationException oauth
                    ? SignOnRefusal.of(oauth.getError().getErrorCode())
                    : SignOnRefusal.FAILED;
            String detail = String.valueOf(exception.getMessage());
            log.info("Sign-on refused ({}): {}", refusal, detail.length() > 300 ? detail.substring(0, 300) : detail);
            response.sendRedirect(request.getContextPath() + "/login?sso=" + refusal.parameter());
        };
    }

    /** The provider's tokens are dropped once the user is logged in. */
    private static final class NothingKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String registrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient client,
                Authentication principal,
                HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String registrationId,
                Authentication principal,
                HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response) {}
    }
}
