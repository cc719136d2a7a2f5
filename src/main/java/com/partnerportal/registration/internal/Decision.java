package com.partnerportal.registration.internal;

/**
 * The automatic decision on a submitted request (R3.6), from facts gathered by the flow. Pure: no
 * database, so that every branch is a plain unit test.
 */
public record Decision(Status status, Route route, Reason reason) {

    public enum Status {
        UNDER_REVIEW,
        APPROVED,
        REJECTED
    }

    public enum Route {
        DISTRIBUTOR,
        VENDOR
    }

    /**
     * @param verdict the email policy's verdict on the address
     * @param noneOfThese the applicant answered "none of these is my company"
     * @param entitled the company (chosen or new) is on this distributor's entitlement list
     * @param associatedElsewhere the company is associated with another distributor
     */
    public static Decision of(
            EmailPolicy.Verdict verdict, boolean noneOfThese, boolean entitled, boolean associatedElsewhere) {
        return switch (verdict) {
            case FREE_PROVIDER -> rejected(Reason.FREE_PROVIDER);
            case DISPOSABLE -> rejected(Reason.DISPOSABLE);
            case DENIED -> rejected(Reason.DENY_RULE);
            case FLAGGED -> review(Route.VENDOR, Reason.FLAGGED_DOMAIN);
            case BUSINESS -> {
                if (noneOfThese) {
                    yield review(Route.DISTRIBUTOR, Reason.NONE_OF_THESE);
                }
                if (associatedElsewhere) {
                    yield review(Route.VENDOR, Reason.ASSOCIATED_ELSEWHERE);
                }
                yield entitled
                        ? new Decision(Status.APPROVED, null, Reason.ENTITLED)
                        : review(Route.DISTRIBUTOR, Reason.NOT_ENTITLED);
            }
        };
    }

    public static Decision rejected(Reason reason) {
        return new Decision(Status.REJECTED, null, reason);
    }

    private static Decision review(Route route, Reason reason) {
        return new Decision(Status.UNDER_REVIEW, route, reason);
    }
}
