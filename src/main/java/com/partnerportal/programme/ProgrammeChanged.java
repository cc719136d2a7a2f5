package com.partnerportal.programme;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;

/**
 * A vendor admin changed the programme (R10.1, R10.3): a level, its criteria or order, the rates,
 * the settings, a company's override, or started a recomputation.
 *
 * @param verb the action's last part: {@code level-created}, {@code override-set}…
 */
public record ProgrammeChanged(String actor, String verb, String targetType, String targetId, String details)
        implements AuditableEvent {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(actor, "programme." + verb, targetType, targetId, details);
    }
}
