package com.partnerportal.catalogue;

import com.partnerportal.shared.Choices;
import com.partnerportal.shared.WebAddresses;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a vendor admin describes about a resource (R6.1), checked field by field: {@link #parse}
 * gives either the fields or the message key of every field that is wrong.
 *
 * @param link an https address for a resource hosted elsewhere, or null when it has a file
 */
record ResourceFields(
        String title,
        String description,
        ResourceType type,
        Audience audience,
        String language,
        List<String> products,
        LocalDate publishedOn,
        String link) {

    static final int MAX_PRODUCTS = 10;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    record Parsed(ResourceFields fields, Map<String, String> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    static ResourceFields of(NewResource resource) {
        return new ResourceFields(
                resource.title(),
                resource.description(),
                resource.type(),
                resource.audience(),
                resource.language(),
                List.copyOf(resource.products()),
                resource.publishedOn(),
                resource.link());
    }

    static Parsed parse(Map<String, String> form, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = text(form, "title", 200, errors);
        String description = text(form, "description", 4000, errors);
        ResourceType type = choice(ResourceType.class, form.get("type"), "type", errors);
        Audience audience = choice(Audience.class, form.get("audience"), "audience", errors);
        String language = form.getOrDefault("language", "").strip();
        if (!Set.of("en", "fr").contains(language)) {
            errors.put("language", "resources.error.language");
        }
        List<String> products = Arrays.stream(form.getOrDefault("products", "").split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .toList();
        if (products.size() > MAX_PRODUCTS
                || products.stream()
                        .anyMatch(
                                tag -> tag.length() > 60 || CONTROL.matcher(tag).find())) {
            errors.put("products", "resources.error.products");
        }
        LocalDate publishedOn = today;
        String date = form.getOrDefault("publishedOn", "").strip();
        if (!date.isEmpty()) {
            try {
                publishedOn = LocalDate.parse(date);
                if (publishedOn.getYear() < 2000 || publishedOn.isAfter(today.plusYears(1))) {
                    errors.put("publishedOn", "resources.error.date");
                }
            } catch (DateTimeParseException notADate) {
                errors.put("publishedOn", "resources.error.date");
            }
        }
        String link = form.getOrDefault("link", "").strip();
        if (!link.isEmpty() && !WebAddresses.isHttps(link)) {
            errors.put("link", "resources.error.link");
        }
        return new Parsed(
                new ResourceFields(
                        title,
                        description,
                        type,
                        audience,
                        language,
                        products,
                        publishedOn,
                        link.isEmpty() ? null : link),
                errors);
    }

    ResourceFields withoutLink() {
        return new ResourceFields(title, description, type, audience, language, products, publishedOn, null);
    }

    private static String text(Map<String, String> form, String field, int max, Map<String, String> errors) {
        String value = form.getOrDefault(field, "").strip();
        if (value.isEmpty() || value.length() > max || CONTROL.matcher(value).find()) {
            errors.put(field, "resources.error." + field);
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(Class<E> kind, String value, String field, Map<String, String> errors) {
        return Choices.named(kind, value == null ? null : value.toUpperCase(Locale.ROOT))
                .orElseGet(() -> {
                    errors.put(field, "resources.error." + field);
                    return null;
                });
    }
}
