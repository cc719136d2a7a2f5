package com.partnerportal.programme.internal;

import com.partnerportal.shared.FormText;
import com.partnerportal.shared.WholeNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The reporting currency and the grace period before an earned downgrade (R10.1, R10.3). */
public record SettingsForm(
        @NotBlank(message = "{programme.error.currency}")
        @Pattern(regexp = "[A-Z]{3}", message = "{programme.error.currency}")
        String reportingCurrency,

        @NotBlank(message = "{programme.error.grace}")
        @WholeNumber(min = 0, max = 730, message = "{programme.error.grace}")
        String graceDays) {

    public SettingsForm {
        reportingCurrency = FormText.strip(reportingCurrency);
        graceDays = FormText.strip(graceDays);
    }

    public static SettingsForm of(LevelStore.Settings settings) {
        return new SettingsForm(settings.reportingCurrency(), Integer.toString(settings.graceDays()));
    }

    LevelStore.Settings settings() {
        return new LevelStore.Settings(reportingCurrency, Integer.parseInt(graceDays));
    }
}
