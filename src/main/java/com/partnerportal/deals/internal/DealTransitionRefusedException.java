package com.partnerportal.deals.internal;

/** A verb that the registration's status does not allow (R9.3): nothing changed. */
public class DealTransitionRefusedException extends RuntimeException {

    private final DealStatus from;
    private final String verb;

    public DealTransitionRefusedException(DealStatus from, String verb) {
        super("A registration that is " + from + " cannot be " + verb);
        this.from = from;
        this.verb = verb;
    }

    public DealStatus from() {
        return from;
    }

    public String verb() {
        return verb;
    }
}
