package com.partnerportal.partners;

/** One email domain of a company, stored as a registrable domain in normalised form (R3.3). */
record CompanyDomain(String domain) {}
