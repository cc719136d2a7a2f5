package com.partnerportal.registration.internal;

import com.partnerportal.registration.AccessRequestDecided;
import java.time.Instant;
import java.util.UUID;

/** One access request as stored: who applied, through which distributor, what they said, the outcome. */
public record AccessRequest(
        UUID id,
        UUID distributorId,
        String email,
        String domain,
        String language,
        String firstName,
        String lastName,
        String jobTitle,
        String phone,
        String companyName,
        String country,
        UUID chosenCompanyId,
        boolean noneOfThese,
        Decision.Status status,
        Decision.Route route,
        Reason reason,
        UUID companyId,
        UUID accountId,
        String decidedBy,
        Instant decidedAt,
        Instant createdAt) {

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? email : name;
    }

    /** The event that tells the applicant and the audit trail how this request was decided. */
    public AccessRequestDecided decidedEvent(
            String distributorName, String status, Reason reason, String note, String actor) {
        return new AccessRequestDecided(
                id,
                email,
                firstName,
                com.partnerportal.shared.Locales.supported(language),
                distributorName,
                status,
                reason.name(),
                reason.contactVendor(),
                note,
                actor,
                distributorId);
    }

    /** The request with the automatic decision's outcome: status, route and reason (R3.6). */
    public AccessRequest decided(Decision decision) {
        return withOutcome(
                chosenCompanyId,
                noneOfThese,
                decision.status(),
                decision.route(),
                decision.reason(),
                companyId,
                accountId,
                decidedBy,
                decidedAt);
    }

    /** Access was given (R3.7): the company the applicant is in and their account. */
    public AccessRequest granted(UUID company, UUID account, String by, Instant at) {
        return withOutcome(chosenCompanyId, noneOfThese, status, route, reason, company, account, by, at);
    }

    /**
     * The applicant chose none of the known companies, or nothing valid among them (R3.5a): a
     * reviewer decides, and no company is chosen.
     */
    public AccessRequest withNoneOfThese() {
        return withOutcome(null, true, status, route, reason, companyId, accountId, decidedBy, decidedAt);
    }

    /** The same applicant and request; what they chose and what became of it, as given. */
    private AccessRequest withOutcome(
            UUID chosenCompany,
            boolean none,
            Decision.Status newStatus,
            Decision.Route newRoute,
            Reason newReason,
            UUID company,
            UUID account,
            String by,
            Instant at) {
        return new AccessRequest(
                id,
                distributorId,
                email,
                domain,
                language,
                firstName,
                lastName,
                jobTitle,
                phone,
                companyName,
                country,
                chosenCompany,
                none,
                newStatus,
                newRoute,
                newReason,
                company,
                account,
                by,
                at,
                createdAt);
    }
}
