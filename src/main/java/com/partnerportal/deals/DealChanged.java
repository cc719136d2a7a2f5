package com.partnerportal.deals;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/**
 * A deal registration was created or moved (R9.3, R9.7): who did what, and why. {@code registrant}
 * is emailed about it unless they made the change themselves.
 *
 * @param change a dotted verb's last part: {@code created}, {@code approve}, {@code reject}…
 * @param status the registration's status after the change, as {@code DealStatus} names it
 * @param reason the reviewer's reason, or null
 * @param companyId the partner whose registration it is
 * @param distributorId the distributor that reviews it
 */
public record DealChanged(
        String actor,
        UUID dealId,
        String change,
        String registrant,
        String customerName,
        String status,
        String reason,
        String details,
        CompanyId companyId,
        DistributorId distributorId)
        implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(actor, "deal." + change, "deal-registration", dealId.toString(), details);
    }

    /** Whether the registrant hears of it: not of what they did themselves. */
    public boolean tellsRegistrant() {
        return !registrant.equalsIgnoreCase(actor);
    }
}
