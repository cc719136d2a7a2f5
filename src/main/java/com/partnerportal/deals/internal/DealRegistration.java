package com.partnerportal.deals.internal;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A partner's registration of an opportunity (R9.1) and the transitions its review allows (R9.3,
 * R9.5). Each verb returns the registration as it becomes, or refuses with {@link
 * DealTransitionRefusedException}; the store writes the new status only over the one it was read
 * with, so that two reviewers acting at once cannot both move it.
 */
public record DealRegistration(
        UUID id,
        CompanyId companyId,
        DistributorId distributorId,
        String registeredBy,
        DealStatus status,
        Customer customer,
        Contact contact,
        Set<UUID> products,
        Estimate estimate,
        String notes,
        Instant submittedAt,
        Instant approvedAt,
        Instant expiresAt,
        Won won) {

    /** The end customer, and what conflicts compare: its registrable domain and its name's key (R9.2). */
    public record Customer(String name, String nameKey, String country, String website, String domain) {

        /** What exclusivity is keyed on (R9.4): the domain when the customer has a website, else name and country. */
        public String key() {
            return domain != null ? "domain:" + domain : "name:" + country + ":" + nameKey;
        }
    }

    public record Contact(String name, String email, String domain, String jobTitle) {}

    /** How a won registration ended (R9.5): its final value, in the registration's currency, and the day. */
    public record Won(BigDecimal value, LocalDate on) {}

    /** @param currency ISO 4217 */
    public record Estimate(String currency, BigDecimal value, LocalDate expectedClose) {}

    public DealRegistration {
        products = Set.copyOf(products);
    }

    public static DealRegistration draft(
            CompanyId companyId,
            DistributorId distributorId,
            String registeredBy,
            Customer customer,
            Contact contact,
            Set<UUID> products,
            Estimate estimate,
            String notes) {
        return new DealRegistration(
                UUID.randomUUID(),
                companyId,
                distributorId,
                registeredBy,
                DealStatus.DRAFT,
                customer,
                contact,
                products,
                estimate,
                notes,
                null,
                null,
                null,
                null);
    }

    /** Sent for review: a draft, or a registration the partner completed after a request for more information. */
    public DealRegistration submit(Instant now) {
        refuseUnless("submitted", DealStatus.DRAFT, DealStatus.MORE_INFO_REQUESTED);
        return with(DealStatus.SUBMITTED, now, approvedAt, expiresAt);
    }

    /** The registrant changes what it says, while it is a draft or awaits more information (R9.3). */
    public DealRegistration revise(
            Customer customer, Contact contact, Set<UUID> products, Estimate estimate, String notes) {
        if (!status.editable()) {
            throw new DealTransitionRefusedException(status, "edited");
        }
        return new DealRegistration(
                id,
                companyId,
                distributorId,
                registeredBy,
                status,
                customer,
                contact,
                products,
                estimate,
                notes,
                submittedAt,
                approvedAt,
                expiresAt,
                won);
    }

    /** The distributor agrees that the partner buys these products through it: the vendor reviews next. */
    public DealRegistration distributorApproves() {
        refuseUnless("approved by the distributor", DealStatus.SUBMITTED, DealStatus.DISTRIBUTOR_REVIEW);
        return with(DealStatus.VENDOR_REVIEW, submittedAt, approvedAt, expiresAt);
    }

    /** The vendor approves: protected for {@code protection} from now (R9.5). */
    public DealRegistration approve(Instant now, Duration protection) {
        refuseUnless("approved", DealStatus.VENDOR_REVIEW);
        return with(DealStatus.APPROVED, submittedAt, now, now.plus(protection));
    }

    public DealRegistration reject() {
        refuseUnless("rejected", DealStatus.SUBMITTED, DealStatus.DISTRIBUTOR_REVIEW, DealStatus.VENDOR_REVIEW);
        return with(DealStatus.REJECTED, submittedAt, approvedAt, expiresAt);
    }

    public DealRegistration requestInformation() {
        refuseUnless(
                "sent back for more information",
                DealStatus.SUBMITTED,
                DealStatus.DISTRIBUTOR_REVIEW,
                DealStatus.VENDOR_REVIEW);
        return with(DealStatus.MORE_INFO_REQUESTED, submittedAt, approvedAt, expiresAt);
    }

    /** The partner gives it up, at any point before it is closed. */
    public DealRegistration withdraw() {
        if (status.closed()) {
            throw new DealTransitionRefusedException(status, "withdrawn");
        }
        return with(DealStatus.WITHDRAWN, submittedAt, approvedAt, expiresAt);
    }

    public DealRegistration won(Won outcome) {
        refuseUnless("marked won", DealStatus.APPROVED);
        return new DealRegistration(
                id,
                companyId,
                distributorId,
                registeredBy,
                DealStatus.WON,
                customer,
                contact,
                products,
                estimate,
                notes,
                submittedAt,
                approvedAt,
                expiresAt,
                java.util.Objects.requireNonNull(outcome));
    }

    public DealRegistration lost() {
        refuseUnless("marked lost", DealStatus.APPROVED);
        return with(DealStatus.LOST, submittedAt, approvedAt, expiresAt);
    }

    /** Its protection ran out: the customer is free again (R9.5). */
    public DealRegistration expire(Instant now) {
        refuseUnless("expired", DealStatus.APPROVED);
        if (expiresAt.isAfter(now)) {
            throw new DealTransitionRefusedException(status, "expired before " + expiresAt);
        }
        return with(DealStatus.EXPIRED, submittedAt, approvedAt, expiresAt);
    }

    /** Whether it holds a claim on its customer and products (R9.4). */
    public boolean claims() {
        return status == DealStatus.APPROVED;
    }

    private void refuseUnless(String verb, DealStatus first, DealStatus... others) {
        if (!EnumSet.of(first, others).contains(status)) {
            throw new DealTransitionRefusedException(status, verb);
        }
    }

    private DealRegistration with(DealStatus next, Instant submitted, Instant approved, Instant expires) {
        return new DealRegistration(
                id,
                companyId,
                distributorId,
                registeredBy,
                next,
                customer,
                contact,
                products,
                estimate,
                notes,
                submitted,
                approved,
                expires,
                won);
    }
}
