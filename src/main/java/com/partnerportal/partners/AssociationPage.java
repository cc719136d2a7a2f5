package com.partnerportal.partners;

import java.util.List;

/** One page of a distributor's current partners, and how many there are in all. */
public record AssociationPage(List<AssociationView> associations, long total) {}
