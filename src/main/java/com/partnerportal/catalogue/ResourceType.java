package com.partnerportal.catalogue;

/** What kind of material a resource is (R6.1). */
public enum ResourceType {
    PRESENTATION,
    DATASHEET,
    BATTLECARD,
    VIDEO,
    WHITEPAPER,
    CASE_STUDY,
    GUIDE
}
