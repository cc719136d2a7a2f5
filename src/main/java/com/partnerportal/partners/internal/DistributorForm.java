package com.partnerportal.partners.internal;

import com.partnerportal.shared.FormText;
import com.partnerportal.shared.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A distributor as the vendor's forms send it: its name, the slug of its registration link (R3.1,
 * when it is added) and its contacts; {@link Distributor} keeps its own rules on top.
 */
public record DistributorForm(
        @NotBlank(message = "{distributors.error.name}")
        @Size(max = 200, message = "{distributors.error.name}")
        @PlainText(message = "{distributors.error.name}", multiline = false)
        String name,

        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}", message = "{distributors.error.slug}")
        String slug,

        @Size(max = 320, message = "{distributors.error.supportEmail}")
        String supportEmail,

        @Size(max = 200, message = "{distributors.error.contactName}")
        @PlainText(message = "{distributors.error.contactName}", multiline = false)
        String contactName,

        @Size(max = 50, message = "{distributors.error.contactPhone}")
        @PlainText(message = "{distributors.error.contactPhone}", multiline = false)
        String contactPhone,

        String active)
        implements Serializable {

    public DistributorForm {
        name = FormText.strip(name);
        slug = FormText.strip(slug);
        supportEmail = FormText.strip(supportEmail);
        contactName = FormText.strip(contactName);
        contactPhone = FormText.strip(contactPhone);
        active = FormText.strip(active);
    }

    public static DistributorForm blank() {
        return new DistributorForm(null, null, null, null, null, null);
    }

    public static DistributorForm of(com.partnerportal.partners.DistributorView distributor) {
        return new DistributorForm(
                distributor.name(),
                distributor.slug(),
                distributor.supportEmail(),
                distributor.contactName(),
                distributor.contactPhone(),
                distributor.active() ? "true" : null);
    }

    public boolean isActive() {
        return "true".equals(active);
    }
}
