package com.partnerportal.accounts.internal;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;

/**
 * The services of the administration and of the review queue say who may call them with {@code @PreAuthorize};
 * nothing uses the other method-security annotations. Its advisor alone, applied by the same auto-proxy creator as
 * transactions, rather than the five that {@code @EnableMethodSecurity} brings: each advisor inspects every method
 * of every bean at start (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class MethodSecurityConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor preAuthorize() {
        return AuthorizationManagerBeforeMethodInterceptor.preAuthorize();
    }
}
