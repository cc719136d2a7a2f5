package com.partnerportal.partners.internal;

/**
 * One email domain of a company, a registrable domain in normalised form (R3.3). A domain belongs to
 * one company unless a vendor admin marked it shared; then every company holding it shows at
 * registration.
 */
public record CompanyDomain(String domain, boolean shared) {}
