package com.partnerportal.deals.internal;

import com.partnerportal.shared.FormText;
import com.partnerportal.shared.IsoDate;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A registration marked won (R9.5): the final value, in the registration's currency, and the day it was won. */
public record WonForm(
        @NotNull(message = "{deals.error.finalValue}")
        @Pattern(regexp = FormText.AMOUNT, message = "{deals.error.finalValue}")
        String finalValue,

        @NotNull(message = "{deals.error.wonOn}") @IsoDate(message = "{deals.error.wonOn}")
        String wonOn) {

    public WonForm {
        finalValue = FormText.strip(finalValue);
        wonOn = FormText.strip(wonOn);
    }

    @AssertTrue(message = "{deals.error.finalValue}")
    public boolean isValuePositive() {
        BigDecimal value = FormText.amount(finalValue);
        return value == null || value.signum() > 0;
    }

    /** Won today or before, and not before the registration could have been: a year back at most. */
    @AssertTrue(message = "{deals.error.wonOn}")
    public boolean isDayPast() {
        LocalDate day = FormText.date(wonOn);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return day == null || (!day.isAfter(today) && day.isAfter(today.minusYears(1)));
    }

    DealRegistration.Won outcome() {
        return new DealRegistration.Won(FormText.amount(finalValue), FormText.date(wonOn));
    }
}
