package com.partnerportal.partners;

import java.util.Set;

public record CompanyView(CompanyId id, String name, String country, Set<String> domains, int technicalSeatLimit) {}
