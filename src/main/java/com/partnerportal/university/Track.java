package com.partnerportal.university;

/** What a course is about (R5.1); only technical courses need a technical seat (R5.2, R5.3). */
public enum Track {
    FOUNDATION,
    SALES,
    PRE_SALES,
    TECHNICAL;

    public boolean needsSeat() {
        return this == TECHNICAL;
    }
}
