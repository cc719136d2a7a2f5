package com.partnerportal.deals.internal;

import com.partnerportal.shared.FormText;
import com.partnerportal.shared.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A product of the vendor's list as the admin form sends it (R9.1). */
public record ProductForm(
        @NotBlank(message = "{deals.products.error.name}")
        @Size(max = 100, message = "{deals.products.error.name}")
        @PlainText(message = "{deals.products.error.name}", multiline = false)
        // A name partners can read: it labels a checkbox of the registration form.
        @Pattern(regexp = "(?s).*[\\p{L}\\p{N}].*", message = "{deals.products.error.name}")
        String name) {

    public ProductForm {
        name = FormText.strip(name);
    }
}
