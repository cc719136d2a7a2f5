package com.partnerportal.shared;

/**
 * A line of the audit trail (R3.9).
 *
 * @param actor who did it: an email address, or {@code system}
 * @param action what was done, as a dotted verb: {@code email.resent}, {@code account.activated}
 * @param targetType the kind of object acted upon, e.g. {@code account}
 * @param targetId the object acted upon
 * @param details why, or what changed, in a sentence; never a secret
 */
public record AuditEntry(String actor, String action, String targetType, String targetId, String details) {}
