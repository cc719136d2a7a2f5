package com.partnerportal.partners;

public record DistributorView(DistributorId id, String slug, String name, String supportEmail, boolean active) {}
