package com.partnerportal.registration.internal;

/**
 * The first step of a registration (R3.1, R3.2): the applicant's business address. Whether it is one is
 * the access-request rules' answer ({@link AccessRequests#checkEmail}), not a constraint of the form.
 */
public record EmailForm(String email) {

    /** Longer than any address the rules would read (RFC 5321 allows 254 characters). */
    private static final int LONGEST_READ = 400;

    /** An input longer than any address is read as no address: refused as malformed, and not shown back. */
    public EmailForm {
        email = email == null || email.length() > LONGEST_READ ? "" : email;
    }

    public static EmailForm blank() {
        return new EmailForm("");
    }
}
