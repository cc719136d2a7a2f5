package com.partnerportal.accounts.internal;

import com.partnerportal.shared.AttemptThrottle;
import com.partnerportal.shared.ClientAddress;
import com.partnerportal.shared.Probes;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/** Who may open which page; login, logout, CSRF and the security headers. */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** OWASP's Argon2id parameters: 19 MiB of memory, 2 iterations, parallelism 1. */
    public static final int ARGON2_MEMORY_KIB = 19 * 1024;

    public static final int ARGON2_ITERATIONS = 2;
    public static final int ARGON2_PARALLELISM = 1;

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /**
     * The probes of load balancers and orchestrators (health, liveness, readiness, info) are open, carry
     * no user and come every second or more often: they skip the session, CSRF, login and request-cache
     * filters that every page goes through (the probe's time: docs/performance.md).
     */
    @Bean
    @Order(0)
    public SecurityFilterChain probeSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(Probes.PATTERNS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .build();
    }

    @Bean
    public SecurityFilterChain portalSecurity(
            HttpSecurity http,
            AccountsProperties properties,
            AttemptThrottle throttle,
            PasskeySecurity passkeys,
            CsrfTokens csrfTokens,
            ContinueCookie continueCookie,
            SignOnConfiguration signOn)
            throws Exception {
        var throttling = new LoginThrottling(throttle, properties, continueCookie);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/login",
                                "/login/webauthn",
                                "/login/identify",
                                "/webauthn/authenticate/options",
                                "/error",
                                "/account/activate",
                                "/account/reset",
                                "/account/reset/confirm",
                                "/register/**",
                                "/support/new",
                                "/support/confirm",
                                "/certificates/*",
                                "/webjars/**",
                                "/css/**",
                                "/img/**",
                                "/js/**",
                                "/favicon.ico",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .access(fromNetworks(properties.metricsNetworks()))
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .requestMatchers(ProtectedPaths.ADMINISTRATION)
                        .hasRole(Role.VENDOR_ADMIN.name())
                        .requestMatchers(ProtectedPaths.REVIEW)
                        .hasAnyRole(Role.DISTRIBUTOR_REVIEWER.name(), Role.VENDOR_ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(login -> login.loginPage("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(throttling.onSuccess())
                        .failureHandler(throttling.onFailure())
                        .permitAll())
                .addFilterBefore(throttling.gate(), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(
                        new AbsoluteSessionTimeout(properties.sessionAbsoluteTimeout()),
                        SecurityContextHolderFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(signOn.logoutSuccess("/?loggedOut")))
                .requestCache(cache -> cache.requestCache(continueCookie))
                .csrf(csrf ->
                        csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(new CsrfTokens.FromBodyOrHeader()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        passkeys.configure(http);
        signOn.configure(http, continueCookie);
        return http.build();
    }

    /** The key the instances share to sign the cookies of visitors without a session. */
    @Bean
    public VisitorCookies visitorCookies(
            JdbcClient jdbc,
            @Value("${server.servlet.session.cookie.name}") String sessionCookie,
            @Value("${server.servlet.session.cookie.secure}") boolean secure) {
        return new VisitorCookies(
                CsrfTokens.sharedKey(jdbc), sessionCookie.startsWith("__Host-") ? "__Host-" : "", secure);
    }

    /** The cookies of visitors without a session are named and secured like the session's. */
    public record VisitorCookies(byte[] key, String prefix, boolean secure) {

        SignedCookie named(String name, String purpose) {
            return new SignedCookie(prefix + name, purpose, key, secure);
        }
    }

    /** The CSRF token of a visitor without a session (ASVS 3.5.1). */
    @Bean
    public CsrfTokens csrfTokens(VisitorCookies cookies) {
        return new CsrfTokens(cookies.named("PORTAL_CSRF", "csrf-token"));
    }

    /** Where a visitor sent to log in returns to. */
    @Bean
    public ContinueCookie continueCookie(VisitorCookies cookies) {
        return new ContinueCookie(cookies.named("PORTAL_CONTINUE", "continue"));
    }

    /**
     * Authentications are observed (counts and timings of logins); the filters and authorization
     * checks of every request are not: that cost a twentieth of the portal's own work on a login.
     */
    @Bean
    public SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .build();
    }

    /**
     * Argon2id at OWASP parameters behind a delegating encoder: hashes carry their algorithm and
     * parameters, so raising them later upgrades each hash at its owner's next login.
     */
    @Bean
    public PasswordEncoder passwordEncoder(PasswordHashingThreads passwordHashingThreads) {
        var argon2 = new Argon2PasswordEncoder(16, 32, ARGON2_PARALLELISM, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
        return new NormalisingPasswordEncoder(new OneHashPerCore(
                new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2)), passwordHashingThreads));
    }

    /** One hashing thread per core, below the pages' priority (R4.3); closed with the application. */
    @Bean
    public PasswordHashingThreads passwordHashingThreads() {
        return new PasswordHashingThreads(Runtime.getRuntime().availableProcessors());
    }

    /**
     * At most one Argon2id computation per core at a time, on {@link PasswordHashingThreads}; further logins wait
     * their turn, their virtual threads parked. More at once only share the same cores while each holds its 19 MiB,
     * so throughput falls (measured on 2 cores, 32 at once: 25–35 verifications/s without this limit, 51–60 with
     * it) and a burst of logins could exhaust the heap.
     */
    public record OneHashPerCore(PasswordEncoder delegate, PasswordHashingThreads threads) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return onACore(() -> delegate.encode(rawPassword));
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return onACore(() -> delegate.matches(rawPassword, encodedPassword));
        }

        private <T> T onACore(Supplier<T> hash) {
            return threads.compute(hash);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }

    /** Hashes and checks the NFKC form of a password (NIST SP 800-63B), whatever the keyboard produced. */
    private record NormalisingPasswordEncoder(PasswordEncoder delegate) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(PasswordPolicy.normalise(rawPassword.toString()));
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return encodedPassword != null
                    && !encodedPassword.isEmpty()
                    && delegate.matches(PasswordPolicy.normalise(rawPassword.toString()), encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }

    /**
     * Both the connection and the client it forwards for, if a trusted proxy forwards, must be in
     * the networks: a proxy inside them does not open the metrics to everyone behind it.
     */
    private static AuthorizationManager<RequestAuthorizationContext> fromNetworks(List<String> networks) {
        List<IpAddressMatcher> matchers =
                networks.stream().map(IpAddressMatcher::new).toList();
        return (authentication, context) -> {
            var request = context.getRequest();
            return new AuthorizationDecision(
                    within(matchers, ClientAddress.connectionOf(request)) && within(matchers, request.getRemoteAddr()));
        };
    }

    private static boolean within(List<IpAddressMatcher> networks, String address) {
        return networks.stream().anyMatch(network -> network.matches(address));
    }
}
