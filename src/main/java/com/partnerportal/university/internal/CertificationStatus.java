package com.partnerportal.university.internal;

/** Whether completing a certification's courses still earns it (R5.6); certificates issued stay valid either way. */
public enum CertificationStatus {
    ACTIVE,
    RETIRED
}
