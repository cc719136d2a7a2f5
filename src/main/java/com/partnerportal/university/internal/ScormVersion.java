package com.partnerportal.university.internal;

/** The SCORM edition a package declares (R5.7): its runtime API and data model follow from it. */
public enum ScormVersion {
    SCORM_12,
    SCORM_2004_3RD,
    SCORM_2004_4TH;

    /** SCORM 1.2 packages talk to {@code window.API}, 2004 ones to {@code window.API_1484_11}. */
    public boolean is2004() {
        return this != SCORM_12;
    }
}
