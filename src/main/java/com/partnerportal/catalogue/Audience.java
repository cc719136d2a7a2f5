package com.partnerportal.catalogue;

/** Who a resource is written for (R6.2). */
public enum Audience {
    SALES,
    PRE_SALES,
    TECHNICAL
}
