package com.partnerportal.registration.internal;

/** Why a request ended as it did (R3.6), recorded with it; its text is {@code registration.reason.<name>}. */
public enum Reason {
    ENTITLED("Business domain, company on the distributor's entitlement list, no other distributor"),
    NONE_OF_THESE("The applicant said none of the known companies is theirs: the distributor reviews"),
    NOT_ENTITLED("The company is not on the distributor's entitlement list: the distributor reviews"),
    ASSOCIATED_ELSEWHERE("The company buys through another distributor, which must release it first (R2.3)"),
    FLAGGED_DOMAIN("The vendor flagged this domain for review"),
    NEW_COMPANY_SHARES_DOMAIN(
            "A reviewer would create a new company for a domain another company holds: the vendor decides whether to share it"),
    FREE_PROVIDER("Address at a free email provider: a business address is required"),
    DISPOSABLE("Address at a disposable email provider: a business address is required"),
    DENY_RULE("The vendor does not accept requests from this domain"),
    APPROVED_BY_REVIEWER("Approved by a reviewer"),
    REJECTED_BY_REVIEWER("Rejected by a reviewer");

    public final String text;

    Reason(String text) {
        this.text = text;
    }

    /** Rejections other than for a public address send the applicant to the vendor directly (R3.6). */
    public boolean contactVendor() {
        return this == DENY_RULE || this == REJECTED_BY_REVIEWER;
    }
}
