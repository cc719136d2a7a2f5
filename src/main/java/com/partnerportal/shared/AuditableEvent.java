package com.partnerportal.shared;

/**
 * An event that belongs in the audit trail (R3.9). Modules publish it in the transaction of the
 * change; the audit module records it in that same transaction, so a change and its audit entry
 * commit or roll back together.
 */
public interface AuditableEvent {

    /** Who did it: an email address, or {@code system}. */
    String actor();

    /** What was done, as a dotted verb: {@code email.resent}, {@code account.activated}. */
    String action();

    /** The kind of object acted upon, e.g. {@code account}. */
    String targetType();

    /** The object acted upon. */
    String targetId();

    /** Why, or what changed, in a sentence; never a secret. */
    String details();
}
