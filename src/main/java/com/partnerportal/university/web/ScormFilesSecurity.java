package com.partnerportal.university.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A package's files are read by a sandboxed frame that has no origin, so no session cookie comes
 * with them: their key is in their address ({@code ScormFileTokens}), checked by the controller
 * (404 without it). Only GETs, no session, and the frame headers the player needs (R5.7).
 */
@Configuration(proxyBeanMethods = false)
class ScormFilesSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain scormFiles(HttpSecurity http) throws Exception {
        return http.securityMatcher(ScormController.FILES + "**")
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(request -> "GET".equals(request.getMethod()))
                                .permitAll()
                                .anyRequest()
                                .denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }
}
