package com.partnerportal.partners.internal;

import com.partnerportal.partners.EntitlementView;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * One entitlement as the distributor console's form sends it (R2.2); {@link EntitlementDraft}
 * applies the list's rules to it, as to a CSV row or an API item. {@code originalCustomerId} names
 * the entitlement being edited.
 */
public record EntitlementForm(
        @Size(max = 1000, message = "{entitlements.error.customerIdInvalid}")
        String customerId,

        @Size(max = 1000, message = "{entitlements.error.nameInvalid}")
        String companyName,

        @Size(max = 100, message = "{entitlements.error.country}")
        String country,

        @Size(max = 10_000, message = "{entitlements.error.domainsMissing}")
        String domains,

        @Size(max = 100) String originalCustomerId)
        implements Serializable {

    public EntitlementForm {
        customerId = customerId == null ? "" : customerId;
        companyName = companyName == null ? "" : companyName;
        country = country == null ? "" : country;
        domains = domains == null ? "" : domains;
        originalCustomerId = originalCustomerId == null || originalCustomerId.isBlank() ? null : originalCustomerId;
    }

    public static EntitlementForm blank() {
        return new EntitlementForm("", "", "", "", null);
    }

    public static EntitlementForm of(EntitlementView existing) {
        return new EntitlementForm(
                existing.customerId(),
                existing.companyName(),
                existing.country(),
                String.join(" ", existing.domains()),
                existing.customerId());
    }

    public EntitlementDraft.Checked check() {
        return EntitlementDraft.check(customerId, companyName, country, domains);
    }
}
