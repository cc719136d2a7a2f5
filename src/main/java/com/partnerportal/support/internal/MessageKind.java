package com.partnerportal.support.internal;

/** What an entry of a request's thread is (R7.1). */
public enum MessageKind {
    /** Written by the requester. */
    REQUESTER,
    /** A vendor admin's answer, emailed to the requester. */
    VENDOR_REPLY,
    /** Between vendor admins: never shown to the requester. */
    INTERNAL_NOTE,
    /** An outcome, such as a seat granted or a partner released, that the requester sees. */
    ACTION
}
