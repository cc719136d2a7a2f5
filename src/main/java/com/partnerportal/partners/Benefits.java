package com.partnerportal.partners;

/**
 * What a company's programme level gives it (R10.1), kept on the company so that the modules that
 * enforce it read it where they already look: the technical-seat limit (R5.2, unless the vendor set
 * one for this company alone) and the days an approved deal registration is protected (R9.5).
 */
public record Benefits(int technicalSeats, int dealProtectionDays) {

    /** Below every level, or before the vendor defines any (R5.2's 5 seats, R9.5's 90 days). */
    public static final Benefits NONE = new Benefits(5, 90);

    public Benefits {
        if (technicalSeats < 0 || technicalSeats > 10_000) {
            throw new IllegalArgumentException("A seat limit is between 0 and 10,000");
        }
        if (dealProtectionDays < 1 || dealProtectionDays > 3650) {
            throw new IllegalArgumentException("Protection lasts between 1 and 3,650 days");
        }
    }
}
