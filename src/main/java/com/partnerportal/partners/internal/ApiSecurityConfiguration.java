package com.partnerportal.partners.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The distributor REST API: stateless, no cookies and so no CSRF, authenticated by an API key in
 * {@code Authorization: Bearer ppk_…}. A missing or revoked key gets a 401 problem document.
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

    public static final String API_ROLE = "DISTRIBUTOR_API";

    @Bean
    @Order(1)
    public SecurityFilterChain distributorApi(HttpSecurity http, ApiKeys keys) throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(API_ROLE))
                .addFilterBefore(new ApiKeyFilter(keys), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                                problem(response, HttpStatus.UNAUTHORIZED, "A valid API key is required"))
                        .accessDeniedHandler((request, response, e) ->
                                problem(response, HttpStatus.FORBIDDEN, "This key may not do that")))
                .build();
    }

    /** The OpenAPI document describes the API key as a bearer token. */
    @Bean
    public OpenAPI distributorApiDocument() {
        return new OpenAPI()
                .info(new Info()
                        .title("Partner Portal distributor API")
                        .version("v1")
                        .description("Keep the entitlement list (R2.2) and release partners (R2.3)."
                                + " Create a key in the distributor console; send it as Authorization: Bearer."
                                + " Webhooks (R12.1): manage endpoints under /api/v1/webhooks; how to receive and"
                                + " verify them: [the receivers' guide](/webhooks/guide)."))
                .components(new Components()
                        .addSecuritySchemes(
                                "apiKey",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")));
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

    private static final class ApiKeyFilter extends OncePerRequestFilter {

        private final ApiKeys keys;

        ApiKeyFilter(ApiKeys keys) {
            this.keys = keys;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                keys.authenticate(header.substring(7).strip()).ifPresent(distributor -> {
                    var authentication = UsernamePasswordAuthenticationToken.authenticated(
                            new ApiClient(distributor), null, List.of(new SimpleGrantedAuthority("ROLE_" + API_ROLE)));
                    SecurityContextHolder.getContext().setAuthentication(authentication);
                });
            }
            chain.doFilter(request, response);
        }
    }
}
