package com.partnerportal.support.internal;

/** What a support request is about (R7.1). */
public enum Category {
    SEAT_HOLDERS,
    REGISTRATION_REJECTED,
    DISTRIBUTOR_TRANSFER,
    ACCESS_PROBLEM,
    OTHER
}
