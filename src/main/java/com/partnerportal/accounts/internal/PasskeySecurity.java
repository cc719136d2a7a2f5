package com.partnerportal.accounts.internal;

import com.partnerportal.shared.PortalProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsFilter;
import org.springframework.security.web.webauthn.registration.WebAuthnRegistrationFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Passkeys in the filter chain (R4.3, Spring Security's WebAuthn support): {@code POST
 * /webauthn/register/options} and {@code /webauthn/register} for a logged-in user,
 * {@code POST /webauthn/authenticate/options} and {@code /login/webauthn} to log in. Wired here
 * rather than with {@code http.webAuthn()} so that a passkey login gives the same principal as a
 * password login and every ceremony lives in PostgreSQL (any instance can finish it).
 */
@Component
public class PasskeySecurity {

    private final Webauthn4JRelyingPartyOperations relyingParty;
    private final PasskeyCeremonies ceremonies;
    private final UserCredentialRepository credentials;
    private final AccountUserDetailsService users;
    private final AccountsProperties properties;
    private final ApplicationEventPublisher events;
    private final Set<String> origins = new CopyOnWriteArraySet<>();

    public PasskeySecurity(
            JdbcOperations jdbcOperations,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            Passkeys passkeys,
            AccountUserDetailsService users,
            AccountsProperties properties,
            PortalProperties portal,
            ApplicationEventPublisher events) {
        this.credentials = passkeys.credentials();
        this.users = users;
        this.properties = properties;
        this.events = events;
        this.ceremonies = new PasskeyCeremonies(jdbc);
        URI base = portal.baseUrl();
        origins.add(originOf(base));
        origins.addAll(properties.passkeyOrigins());
        this.relyingParty = new Webauthn4JRelyingPartyOperations(
                new JdbcPublicKeyCredentialUserEntityRepository(jdbcOperations),
                credentials,
                PublicKeyCredentialRpEntity.builder()
                        .id(base.getHost())
                        .name(properties.passkeyRelyingPartyName())
                        .build(),
                origins);
    }

    /** In development and tests the server listens on a port chosen at start-up. */
    @EventListener
    public void on(WebServerInitializedEvent started) {
        if (properties.passkeyTrustLocalPort()) {
            origins.add("http://localhost:" + started.getWebServer().getPort());
        }
    }

    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    public void removeExpiredCeremonies() {
        ceremonies.removeExpired();
    }

    public void configure(HttpSecurity http) {
        var authentications = ceremonies.authentications();
        var registrations = ceremonies.registrations();
        var login = new WebAuthnAuthenticationFilter();
        var manager = new ProviderManager(new PasskeyAuthenticationProvider(relyingParty, users));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        login.setAuthenticationManager(manager);
        login.setRequestOptionsRepository(authentications);
        login.setSecurityContextRepository(new HttpSessionSecurityContextRepository());
        login.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        var loginOptions = new PublicKeyCredentialRequestOptionsFilter(relyingParty);
        loginOptions.setRequestOptionsRepository(authentications);
        var registrationOptions = new PublicKeyCredentialCreationOptionsFilter(relyingParty);
        registrationOptions.setCreationOptionsRepository(registrations);
        var registration = new WebAuthnRegistrationFilter(credentials, relyingParty);
        registration.setCreationOptionsRepository(registrations);
        // Passkeys are removed from the account page (PasskeyController), by a form with its checks.
        registration.setRemoveCredentialMatcher(request -> false);
        http.addFilterBefore(login, BasicAuthenticationFilter.class)
                .addFilterBefore(loginOptions, AuthorizationFilter.class)
                // Registering needs a logged-in user: these two run after the access rules.
                .addFilterAfter(registrationOptions, AuthorizationFilter.class)
                .addFilterAfter(registration, AuthorizationFilter.class)
                .addFilterBefore(requirement(), AuthorizationFilter.class);
    }

    /**
     * With {@code portal.accounts.vendor-admin-passkey-required}, a vendor admin who logged in
     * with a password reaches the admin pages only after logging in again with a passkey; until
     * then they are sent to their passkeys page, where they can register one.
     */
    private OncePerRequestFilter requirement() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (properties.vendorAdminPasskeyRequired() && guarded(request) && lacksPasskey()) {
                    response.sendRedirect(request.getContextPath() + "/account/passkeys?required");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static boolean guarded(HttpServletRequest request) {
        return ProtectedPaths.ADMINISTRATION.matches(request) || ProtectedPaths.REVIEW.matches(request);
    }

    private static boolean lacksPasskey() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getPrincipal() instanceof PortalUser user
                && user.role() == Role.VENDOR_ADMIN
                && authentication.getAuthorities().stream()
                        .noneMatch(granted -> FactorGrantedAuthority.WEBAUTHN_AUTHORITY.equals(granted.getAuthority()));
    }

    private static String originOf(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1
                || ("https".equals(uri.getScheme()) && port == 443)
                || ("http".equals(uri.getScheme()) && port == 80);
        return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
    }
}
