package com.partnerportal.deals.internal;

import com.partnerportal.shared.FormText;
import com.partnerportal.shared.IsoDate;
import com.partnerportal.shared.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A deal registration as the partner's form sends it (R9.1); the service normalises the addresses (R3.3). */
public record DealForm(
        @NotBlank(message = "{deals.error.customerName}")
        @Size(max = 200, message = "{deals.error.customerName}")
        @PlainText(message = "{deals.error.customerName}", multiline = false)
        String customerName,

        @Size(max = 300, message = "{deals.error.website}")
        @PlainText(message = "{deals.error.website}", multiline = false)
        String customerWebsite,

        @NotNull(message = "{deals.error.country}") @Pattern(regexp = "[A-Z]{2}", message = "{deals.error.country}")
        String customerCountry,

        @NotBlank(message = "{deals.error.contactName}")
        @Size(max = 200, message = "{deals.error.contactName}")
        @PlainText(message = "{deals.error.contactName}", multiline = false)
        String contactName,

        @NotBlank(message = "{deals.error.contactEmail}") @Size(max = 254, message = "{deals.error.contactEmail}")
        String contactEmail,

        @Size(max = 200, message = "{deals.error.jobTitle}")
        @PlainText(message = "{deals.error.jobTitle}", multiline = false)
        String contactJobTitle,

        @NotEmpty(message = "{deals.error.products}") @Size(max = 20, message = "{deals.error.products}")
        List<@Pattern(regexp = "[0-9a-f-]{36}", message = "{deals.error.products}") String> products,

        @NotNull(message = "{deals.error.currency}") @Pattern(regexp = "[A-Z]{3}", message = "{deals.error.currency}")
        String currency,

        @NotNull(message = "{deals.error.value}") @Pattern(regexp = FormText.AMOUNT, message = "{deals.error.value}")
        String estimatedValue,

        @NotNull(message = "{deals.error.close}") @IsoDate(message = "{deals.error.close}")
        String expectedClose,

        @Size(max = 4000, message = "{deals.error.notes}") @PlainText(message = "{deals.error.notes}")
        String notes,

        /** The partner company a distributor reviewer registers for (R9.1); partner users register for their own. */
        @Pattern(regexp = "[0-9a-f-]{36}", message = "{deals.error.partner}")
        String partner)
        implements Serializable {

    public DealForm {
        customerName = FormText.strip(customerName);
        customerWebsite = FormText.strip(customerWebsite);
        customerCountry = customerCountry == null ? null : FormText.strip(customerCountry.toUpperCase(Locale.ROOT));
        contactName = FormText.strip(contactName);
        contactEmail = FormText.strip(contactEmail);
        contactJobTitle = FormText.strip(contactJobTitle);
        products = products == null
                ? List.of()
                : products.stream().map(String::strip).distinct().toList();
        currency = currency == null ? null : FormText.strip(currency.toUpperCase(Locale.ROOT));
        estimatedValue = FormText.strip(estimatedValue);
        expectedClose = FormText.strip(expectedClose);
        notes = FormText.strip(notes);
        partner = FormText.strip(partner);
    }

    public static DealForm blank(String currency) {
        return new DealForm(null, null, null, null, null, null, List.of(), currency, null, null, null, null);
    }

    /** The form as a registration fills it, to edit a draft or answer a request for more information. */
    public static DealForm of(DealRegistration deal) {
        return new DealForm(
                deal.customer().name(),
                deal.customer().website(),
                deal.customer().country(),
                deal.contact().name(),
                deal.contact().email(),
                deal.contact().jobTitle(),
                deal.products().stream().map(UUID::toString).sorted().toList(),
                deal.estimate().currency(),
                deal.estimate().value().toPlainString(),
                deal.estimate().expectedClose().toString(),
                deal.notes(),
                deal.companyId().value().toString());
    }

    /** ISO 4217: a currency Java knows by this code. */
    @AssertTrue(message = "{deals.error.currency}")
    public boolean isCurrencyKnown() {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            return true;
        }
        return Currency.getAvailableCurrencies().stream()
                .anyMatch(known -> known.getCurrencyCode().equals(currency));
    }

    /** The expected close is ahead: a deal closed already is not an opportunity to register. */
    @AssertTrue(message = "{deals.error.close}")
    public boolean isCloseAhead() {
        LocalDate close = FormText.date(expectedClose);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return close == null || (close.isAfter(today) && close.isBefore(today.plusYears(5)));
    }

    @AssertTrue(message = "{deals.error.value}")
    public boolean isValuePositive() {
        BigDecimal value = FormText.amount(estimatedValue);
        return value == null || value.signum() > 0;
    }

    BigDecimal value() {
        return FormText.amount(estimatedValue);
    }

    LocalDate close() {
        return FormText.date(expectedClose);
    }
}
