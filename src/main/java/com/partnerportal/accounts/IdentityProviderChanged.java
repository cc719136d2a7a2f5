package com.partnerportal.accounts;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.util.UUID;

/**
 * An identity provider was connected, changed or removed (R11.2, R11.3, R3.9); never carries the
 * client secret, only whether it was replaced.
 *
 * @param change the dotted verb's last part: {@code connected}, {@code changed} or {@code removed}
 */
public record IdentityProviderChanged(String actor, UUID providerId, String change, String details)
        implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(
                actor, "identity-provider." + change, "identity-provider", providerId.toString(), details);
    }
}
