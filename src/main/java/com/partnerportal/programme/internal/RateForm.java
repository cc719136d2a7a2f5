package com.partnerportal.programme.internal;

import com.partnerportal.shared.FormText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** What one unit of a currency is worth in the reporting currency (R10.1). */
public record RateForm(
        @NotBlank(message = "{programme.error.currency}")
        @Pattern(regexp = "[A-Z]{3}", message = "{programme.error.currency}")
        String currency,

        @NotBlank(message = "{programme.error.rate}")
        @Pattern(regexp = "\\d{1,6}([.,]\\d{1,8})?", message = "{programme.error.rate}")
        String rate) {

    public RateForm {
        currency = FormText.strip(currency);
        rate = FormText.strip(rate);
    }

    BigDecimal perUnit() {
        return new BigDecimal(rate.replace(',', '.'));
    }
}
