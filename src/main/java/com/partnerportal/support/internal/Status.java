package com.partnerportal.support.internal;

/** Where a support request stands; UNCONFIRMED ones wait for their visitor to confirm the address. */
public enum Status {
    UNCONFIRMED,
    NEW,
    IN_PROGRESS,
    WAITING_FOR_REQUESTER,
    RESOLVED,
    CLOSED;

    public static final java.util.List<Status> SETTABLE =
            java.util.List.of(NEW, IN_PROGRESS, WAITING_FOR_REQUESTER, RESOLVED, CLOSED);
}
