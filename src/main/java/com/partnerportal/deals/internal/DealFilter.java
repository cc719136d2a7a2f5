package com.partnerportal.deals.internal;

import com.partnerportal.shared.EnumName;
import com.partnerportal.shared.FormText;
import com.partnerportal.shared.PlainText;
import com.partnerportal.shared.WholeNumber;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The filters of a registrations list as its form sends them (R9.3): status, partner name, least
 * value, waiting longer than some days since submission, and with conflicts only.
 */
public record DealFilter(
        @EnumName(value = DealStatus.class, message = "{deals.filter.error.status}")
        String status,

        @Size(max = 100, message = "{deals.filter.error.partner}")
        @PlainText(message = "{deals.filter.error.partner}", multiline = false)
        String partner,

        @Pattern(regexp = FormText.AMOUNT, message = "{deals.filter.error.value}")
        String minimumValue,

        @WholeNumber(min = 0, max = 3650, message = "{deals.filter.error.age}")
        String olderThanDays,

        String conflicts)
        implements Serializable {

    public DealFilter {
        status = FormText.strip(status);
        partner = FormText.strip(partner);
        minimumValue = FormText.strip(minimumValue);
        olderThanDays = FormText.strip(olderThanDays);
        conflicts = FormText.strip(conflicts);
    }

    public static DealFilter none() {
        return new DealFilter(null, null, null, null, null);
    }

    public boolean conflictsOnly() {
        return "on".equals(conflicts);
    }

    /** What the store filters on; call only once the form is valid. */
    public DealStore.Criteria criteria() {
        return new DealStore.Criteria(
                status == null ? null : DealStatus.valueOf(status),
                partner,
                FormText.amount(minimumValue),
                olderThanDays == null ? null : Integer.valueOf(olderThanDays),
                conflictsOnly());
    }
}
