package com.partnerportal.shared;

/**
 * An event that belongs in the audit trail (R3.9). Modules publish it in the transaction of the
 * change; the audit module records it in that same transaction, so a change and its audit entry
 * commit or roll back together.
 */
public interface AuditableEvent {

    /** The line this event adds to the audit trail. */
    AuditEntry audit();
}
