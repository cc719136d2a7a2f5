package com.partnerportal.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Language choice (R8.1): the browser's first, then the visitor's pick, kept in a cookie. And
 * links written as they are.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("portal_lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> Locales.supported(request.getLocale()));
        return resolver;
    }

    /**
     * Spring Boot turns on resource-URL rewriting because the webjars locator is present; it then
     * looks every link of every page up on the classpath (static resources are served under /**),
     * and a link that is not a file is looked up again next time. That was a third of the CPU of a
     * catalogue page (JFR). The portal does not version static resource URLs, so links need no
     * rewriting; the webjars' version-free URLs are still resolved when they are requested.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(localeResolver()));
    }

    private record LanguageSwitch(LocaleResolver resolver) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (request.getDispatcherType() != DispatcherType.REQUEST) {
                return true;
            }
            String requested = request.getParameter(LANGUAGE_PARAMETER);
            if (requested != null) {
                resolver.setLocale(request, response, Locales.supported(requested.strip()));
            }
            return true;
        }
    }
}
