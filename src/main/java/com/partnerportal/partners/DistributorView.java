package com.partnerportal.partners;

public record DistributorView(
        DistributorId id,
        String slug,
        String name,
        String supportEmail,
        String contactName,
        String contactPhone,
        boolean active) {}
