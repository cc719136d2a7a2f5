package com.partnerportal.notifications;

import com.partnerportal.shared.BrandingProperties;
import com.partnerportal.shared.Locales;
import com.partnerportal.shared.PortalProperties;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an email from {@code templates/mail/<kind>.html} and {@code .txt} in the recipient's
 * language; the subject is the message {@code mail.<kind>.subject}, given the vendor, product, and the
 * variables {@code reference} and {@code subject} as arguments 0 to 3. Its own template engine, so
 * that it neither replaces nor is replaced by the web one.
 */
@Component
class MailRenderer {

    record RenderedEmail(String subject, String text, String html) {}

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;
    private final BrandingProperties branding;
    private final PortalProperties portal;

    MailRenderer(MessageSource messages, BrandingProperties branding, PortalProperties portal) {
        this.messages = messages;
        this.branding = branding;
        this.portal = portal;
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    RenderedEmail render(String kind, Locale requested, Map<String, ?> variables) {
        Locale locale = Locales.supported(requested);
        Map<String, Object> model = new HashMap<>();
        variables.forEach(
                (name, value) -> model.put(name, value instanceof Instant when ? display(when, locale) : value));
        model.put("branding", branding);
        model.put("portalLink", portal.link("/"));
        var context = new Context(locale, model);
        String subject = messages.getMessage(
                "mail." + kind + ".subject",
                new Object[] {
                    branding.vendorName(), branding.productName(), model.get("reference"), model.get("subject")
                },
                locale);
        return new RenderedEmail(
                subject, engine.process(kind + ".txt", context), engine.process(kind + ".html", context));
    }

    /** Dates in emails read like "24 November 2026, 21:00 UTC", in the recipient's language. */
    private static String display(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(ZoneOffset.UTC)
                        .format(instant)
                + " UTC";
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }
}
