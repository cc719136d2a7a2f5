package com.partnerportal.programme.internal;

import com.partnerportal.shared.FormText;
import com.partnerportal.shared.IsoDate;
import com.partnerportal.shared.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A level set by hand for one company (R10.3): which, why, and until which day. */
public record OverrideForm(
        @NotBlank(message = "{programme.error.level}")
        @Pattern(regexp = "[0-9a-f-]{36}", message = "{programme.error.level}")
        String level,

        @NotBlank(message = "{programme.error.reason}")
        @Size(max = 2000, message = "{programme.error.reason}")
        @PlainText(message = "{programme.error.reason}")
        String reason,

        @NotBlank(message = "{programme.error.until}") @IsoDate(message = "{programme.error.until}")
        String until) {

    public OverrideForm {
        level = FormText.strip(level);
        reason = FormText.strip(reason);
        until = FormText.strip(until);
    }

    /** The override ends on a day ahead: one that ended already would change nothing. */
    @AssertTrue(message = "{programme.error.until}")
    public boolean isUntilAhead() {
        LocalDate day = untilDay();
        return day == null || day.isAfter(LocalDate.now(java.time.ZoneOffset.UTC));
    }

    LocalDate untilDay() {
        return FormText.date(until);
    }
}
