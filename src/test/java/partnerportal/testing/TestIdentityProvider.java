package partnerportal.testing;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.partnerportal.accounts.internal.IdentityProviderForm;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;

/**
 * A real OpenID Connect provider for the single sign-on tests (R11.2): Spring Security's
 * authorization server on its own port of this machine, with its own users, login page, signing
 * key, discovery document and user-info endpoint. A test can make it misbehave as a compromised or
 * misconfigured provider would: sign ID tokens with a key it does not publish, or name another issuer.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "partner-portal";

    /** What the provider is, and how it behaves now; shared with its Spring context. */
    static final class State {
        final String issuer;
        final RSAKey key;
        final RSAKey rogueKey;
        final Map<String, Map<String, Object>> users = new ConcurrentHashMap<>();
        final Map<String, String> passwords = new ConcurrentHashMap<>();
        final Set<String> redirectUris = ConcurrentHashMap.newKeySet();
        final Set<String> postLogoutRedirectUris = ConcurrentHashMap.newKeySet();
        final String clientSecret = "portal-client-secret-" + UUID.randomUUID();
        volatile boolean signWithRogueKey;
        volatile String claimedIssuer;

        State(String issuer) {
            this.issuer = issuer;
            try {
                String keyId = UUID.randomUUID().toString();
                this.key = new RSAKeyGenerator(2048).keyID(keyId).generate();
                // The same key id as the published key: a portal that trusted the header would be fooled.
                this.rogueKey = new RSAKeyGenerator(2048).keyID(keyId).generate();
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final State state;
    private final Tomcat tomcat;
    private final int port;

    private TestIdentityProvider(int port) throws IOException, LifecycleException {
        this.port = port;
        this.state = new State("http://localhost:" + port);
        var context = new GenericWebApplicationContext();
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        context.registerBean(State.class, () -> state);
        context.registerBean(ProviderConfiguration.class);
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("test-idp").toString());
        tomcat.setPort(port);
        tomcat.getConnector();
        var webapp = tomcat.addContext("", null);
        // Tomcat runs filters only for a request some servlet is mapped to: this one answers what no filter did.
        Tomcat.addServlet(webapp, "nothing-else", new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(
                    jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
                    throws IOException {
                response.sendError(404);
            }
        });
        webapp.addServletMappingDecoded("/", "nothing-else");
        webapp.addServletContainerInitializer(
                (classes, servletContext) -> {
                    context.setServletContext(servletContext);
                    context.refresh();
                    servletContext
                            .addFilter(
                                    "springSecurityFilterChain",
                                    new DelegatingFilterProxy("springSecurityFilterChain", context))
                            .addMappingForUrlPatterns(null, false, "/*");
                },
                null);
        tomcat.start();
    }

    /** Starts a provider on a free port of this machine. */
    public static TestIdentityProvider start() {
        return start(0);
    }

    /** Starts a provider on this port of this machine (0: a free one). */
    public static TestIdentityProvider start(int port) {
        try {
            if (port == 0) {
                try (var socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
            }
            return new TestIdentityProvider(port);
        } catch (IOException | LifecycleException e) {
            throw new IllegalStateException("The test identity provider did not start", e);
        }
    }

    public String issuer() {
        return state.issuer;
    }

    public int port() {
        return port;
    }

    /** The portal's client secret here, made afresh at each start. */
    public String clientSecret() {
        return state.clientSecret;
    }

    /**
     * The portal's form that connects {@code owner} (a company's id, or {@link IdentityProviderForm#VENDOR}) to this
     * provider, the email verified and in the {@code email} claim.
     */
    public IdentityProviderForm connection(String owner, boolean passwordsAllowed, String domains) {
        return new IdentityProviderForm(
                owner,
                issuer(),
                CLIENT_ID,
                clientSecret(),
                "openid email profile",
                "email",
                true,
                passwordsAllowed,
                domains);
    }

    /** A user who can log in here, with the claims their ID token carries (email, email_verified, names…). */
    public TestIdentityProvider user(String username, String password, Map<String, Object> claims) {
        state.passwords.put(username, password);
        state.users.put(username, Map.copyOf(claims));
        return this;
    }

    /** A user at this address, verified by the provider, with a name. */
    public TestIdentityProvider verifiedUser(String email, String password, String givenName, String familyName) {
        return user(
                email,
                password,
                Map.of("email", email, "email_verified", true, "given_name", givenName, "family_name", familyName));
    }

    /** Lets the portal at this base URL receive its answers (the redirect URI must match exactly). */
    public TestIdentityProvider allowPortal(String portalBaseUrl) {
        state.redirectUris.add(portalBaseUrl + "/login/oauth2/code/sso");
        state.postLogoutRedirectUris.add(portalBaseUrl + "/?loggedOut");
        return this;
    }

    /** From now on, ID tokens are signed with a key the provider does not publish. */
    public TestIdentityProvider signWithRogueKey(boolean rogue) {
        state.signWithRogueKey = rogue;
        return this;
    }

    /** From now on, ID tokens name this issuer instead of the provider's own ({@code null}: its own). */
    public TestIdentityProvider claimIssuer(String issuer) {
        state.claimedIssuer = issuer;
        return this;
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class ProviderConfiguration {

        @Bean
        SecurityFilterChain provider(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()));
            return http.build();
        }

        @Bean
        AuthorizationServerSettings settings(State state) {
            return AuthorizationServerSettings.builder().issuer(state.issuer).build();
        }

        @Bean
        RegisteredClientRepository clients(State state) {
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient client) {
                    // The client is built afresh on each lookup; an upgraded secret encoding need not be kept.
                }

                @Override
                public RegisteredClient findById(String id) {
                    return CLIENT_ID.equals(id) ? client() : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? client() : null;
                }

                private RegisteredClient client() {
                    return RegisteredClient.withId(CLIENT_ID)
                            .clientId(CLIENT_ID)
                            .clientSecret("{noop}" + state.clientSecret)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUris(uris -> uris.addAll(
                                    state.redirectUris.isEmpty() ? Set.of("http://unused/") : state.redirectUris))
                            .postLogoutRedirectUris(uris -> uris.addAll(state.postLogoutRedirectUris))
                            .scope(OidcScopes.OPENID)
                            .scope(OidcScopes.EMAIL)
                            .scope(OidcScopes.PROFILE)
                            .clientSettings(ClientSettings.builder()
                                    .requireAuthorizationConsent(false)
                                    .build())
                            .build();
                }
            };
        }

        @Bean
        UserDetailsService users(State state) {
            return username -> {
                String password = state.passwords.get(username);
                if (password == null) {
                    throw new UsernameNotFoundException(username);
                }
                return User.withUsername(username)
                        .password("{noop}" + password)
                        .roles("USER")
                        .build();
            };
        }

        /** Signs with the published key, or (a rogue provider) with the unpublished one; publishes only the first. */
        @Bean
        JWKSource<SecurityContext> keys(State state) {
            return (JWKSelector selector, SecurityContext context) -> {
                var matcher = selector.getMatcher();
                boolean publishing = matcher.getKeyTypes() == null && matcher.getAlgorithms() == null;
                RSAKey key = state.signWithRogueKey && !publishing ? state.rogueKey : state.key;
                List<JWK> selected = selector.select(new JWKSet(key));
                return publishing ? List.of(state.key.toPublicJWK()) : selected;
            };
        }

        @Bean
        JwtDecoder accessTokens(State state) {
            return NimbusJwtDecoder.withPublicKey(toRsa(state.key)).build();
        }

        private static java.security.interfaces.RSAPublicKey toRsa(RSAKey key) {
            try {
                return key.toRSAPublicKey();
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(State state) {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    var claims = state.users.getOrDefault(context.getPrincipal().getName(), Map.of());
                    claims.forEach(context.getClaims()::claim);
                    if (state.claimedIssuer != null) {
                        context.getClaims().issuer(state.claimedIssuer);
                    }
                }
            };
        }
    }
}
