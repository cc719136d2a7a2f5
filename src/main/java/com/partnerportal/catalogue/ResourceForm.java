package com.partnerportal.catalogue;

import com.partnerportal.shared.EnumName;
import com.partnerportal.shared.FormText;
import com.partnerportal.shared.HttpsAddress;
import com.partnerportal.shared.IsoDate;
import com.partnerportal.shared.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * A resource as the admin forms send it (R6.1). {@code products} is comma-separated; an empty
 * publication date means today; the status is only sent when a resource is edited.
 */
record ResourceForm(
        @NotBlank(message = "{resources.error.title}")
        @Size(max = 200, message = "{resources.error.title}")
        @PlainText(message = "{resources.error.title}", multiline = false)
        String title,

        @NotBlank(message = "{resources.error.description}")
        @Size(max = 4000, message = "{resources.error.description}")
        @PlainText(message = "{resources.error.description}")
        String description,

        @NotNull(message = "{resources.error.type}")
        @EnumName(value = ResourceType.class, message = "{resources.error.type}")
        String type,

        @NotNull(message = "{resources.error.audience}")
        @EnumName(value = Audience.class, message = "{resources.error.audience}")
        String audience,

        @NotNull(message = "{resources.error.language}")
        @Pattern(regexp = "en|fr", message = "{resources.error.language}")
        String language,

        @PlainText(message = "{resources.error.products}", multiline = false)
        String products,

        @IsoDate(message = "{resources.error.date}") String publishedOn,
        @HttpsAddress(message = "{resources.error.link}") String link,

        @Pattern(regexp = "DRAFT|PUBLISHED|RETIRED", message = "{resources.error.status}")
        String status,

        @Pattern(regexp = "[0-9a-f-]{36}", message = "{resources.error.level}")
        String minimumLevel)
        implements Serializable {

    ResourceForm {
        title = FormText.strip(title);
        description = FormText.strip(description);
        type = FormText.strip(type);
        audience = FormText.strip(audience);
        publishedOn = FormText.strip(publishedOn);
        language = FormText.strip(language);
        products = FormText.strip(products);
        link = FormText.strip(link);
        status = FormText.strip(status);
        minimumLevel = FormText.strip(minimumLevel);
    }

    /** The form for a new resource: published today, in English. */
    static ResourceForm blank() {
        return new ResourceForm(null, null, null, null, "en", null, today().toString(), null, null, null);
    }

    static ResourceForm of(Resource resource) {
        return new ResourceForm(
                resource.title(),
                resource.description(),
                resource.type().name(),
                resource.audience().name(),
                resource.language(),
                String.join(", ", resource.products()),
                resource.publishedOn().toString(),
                resource.link(),
                resource.status(),
                resource.minimumLevelId() == null
                        ? null
                        : resource.minimumLevelId().toString());
    }

    List<String> productList() {
        return products == null
                ? List.of()
                : Arrays.stream(products.split(","))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .distinct()
                        .toList();
    }

    @AssertTrue(message = "{resources.error.products}")
    boolean isProductsValid() {
        var list = productList();
        return list.size() <= ResourceFields.MAX_PRODUCTS && list.stream().allMatch(tag -> tag.length() <= 60);
    }

    @AssertTrue(message = "{resources.error.date}")
    boolean isPublishedOnValid() {
        LocalDate date = FormText.date(publishedOn);
        return date == null || (date.getYear() >= 2000 && !date.isAfter(today().plusYears(1)));
    }

    ResourceFields fields() {
        return new ResourceFields(
                title,
                description,
                ResourceType.valueOf(type),
                Audience.valueOf(audience),
                language,
                productList(),
                publishedOn == null ? today() : FormText.date(publishedOn),
                link,
                minimumLevel == null ? null : java.util.UUID.fromString(minimumLevel));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
