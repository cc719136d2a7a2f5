package com.partnerportal.registration.internal;

import com.partnerportal.shared.FormText;
import com.partnerportal.shared.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * The second step of a registration (R3.5, R3.5a): which known company is the applicant's ({@code
 * company} is its id, or {@code none}), or the company they describe, and who they are. Whether the
 * company's name and country are needed depends on the companies known for the domain, which the
 * controller checks.
 */
public record CompanyForm(
        @Size(max = 100) String company,

        @Size(max = 200, message = "{registration.error.companyName}")
        @PlainText(message = "{registration.error.companyName}", multiline = false)
        String companyName,

        @Size(max = 10, message = "{registration.error.country}")
        String country,

        @NotBlank(message = "{registration.error.firstName}")
        @Size(max = 100, message = "{registration.error.firstName}")
        @PlainText(message = "{registration.error.firstName}", multiline = false)
        String firstName,

        @NotBlank(message = "{registration.error.lastName}")
        @Size(max = 100, message = "{registration.error.lastName}")
        @PlainText(message = "{registration.error.lastName}", multiline = false)
        String lastName,

        @Size(max = 100, message = "{registration.error.jobTitle}")
        @PlainText(message = "{registration.error.jobTitle}", multiline = false)
        String jobTitle,

        @Pattern(regexp = "[+0-9 ().-]{6,30}", message = "{registration.error.phone}")
        String phone) {

    public CompanyForm {
        company = FormText.strip(company);
        companyName = FormText.strip(companyName);
        country = country == null ? null : FormText.strip(country.toUpperCase(Locale.ROOT));
        firstName = FormText.strip(firstName);
        lastName = FormText.strip(lastName);
        jobTitle = FormText.strip(jobTitle);
        phone = FormText.strip(phone);
    }

    public static CompanyForm blank() {
        return new CompanyForm(null, null, null, null, null, null, null);
    }

    public boolean noneOfThese() {
        return "none".equals(company);
    }
}
