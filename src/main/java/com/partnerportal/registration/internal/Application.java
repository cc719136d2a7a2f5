package com.partnerportal.registration.internal;

import java.util.UUID;

/**
 * What an applicant submits at the company step (R3.5): the company they chose among the known ones,
 * or none of them, or a new company; and who they are.
 */
public record Application(
        String email,
        UUID chosenCompanyId,
        boolean noneOfThese,
        String companyName,
        String country,
        String firstName,
        String lastName,
        String jobTitle,
        String phone) {}
