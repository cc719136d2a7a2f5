package com.partnerportal.registration.internal;

import com.partnerportal.partners.AssociationView;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.CompanyView;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.DistributorView;
import com.partnerportal.partners.EntitlementView;
import com.partnerportal.partners.Partners;
import com.partnerportal.registration.AccessRequestSentToVendor;
import com.partnerportal.shared.Keyset;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.shared.RegistrableDomain;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review queues (R3.8): a distributor reviewer sees only the requests routed to their distributor;
 * a vendor admin sees the vendor's, and can see all. Another's request answers 404.
 */
@Service
@PreAuthorize("hasAnyRole('DISTRIBUTOR_REVIEWER', 'VENDOR_ADMIN')")
public class Reviews {

    /** Everything a reviewer needs to decide. */
    public record Case(
            AccessRequest request,
            DistributorView distributor,
            List<CompanyView> matchingCompanies,
            List<EntitlementView> matchingEntitlements,
            List<AssociationView> associations,
            List<AccessRequestStore.HistoryEntry> history,
            List<CompanyView> otherCompanies) {}

    /**
     * Which company an approval joins (R3.8).
     *
     * @param companyId one of the companies the review offered, or with {@code addDomain} any company;
     *     none to create the company the applicant described
     * @param addDomain a vendor admin's explicit decision to give the chosen company the request's domain
     */
    /** What an approval did. */
    public enum Approval {
        APPROVED,
        /** The new company needs a domain another company holds: the vendor decides (R2.1). */
        SENT_TO_VENDOR
    }

    public record CompanyChoice(UUID companyId, boolean addDomain) {

        public static CompanyChoice newCompany() {
            return new CompanyChoice(null, false);
        }
    }

    private final AccessRequestStore store;
    private final AccessRequests requests;
    private final Partners partners;
    private final ApplicationEventPublisher events;

    public Reviews(
            AccessRequestStore store, AccessRequests requests, Partners partners, ApplicationEventPublisher events) {
        this.store = store;
        this.requests = requests;
        this.partners = partners;
        this.events = events;
    }

    /** A page of the reviewer's queue, oldest first, from the place a link carries (R3.8). */
    public Keyset.Page<AccessRequest> queue(PortalPrincipal reviewer, boolean all, Keyset after) {
        if (reviewer.isVendorAdmin()) {
            return store.queue(all ? null : Decision.Route.VENDOR, null, after, Keyset.PAGE_SIZE);
        }
        return store.queue(Decision.Route.DISTRIBUTOR, reviewer.distributorId(), after, Keyset.PAGE_SIZE);
    }

    public Case open(PortalPrincipal reviewer, UUID id) {
        var request = visible(reviewer, id);
        var domain = RegistrableDomain.of(request.domain());
        var distributor =
                partners.distributor(new DistributorId(request.distributorId())).orElseThrow();
        var companies = partners.companiesWithDomain(domain);
        var others = reviewer.isVendorAdmin()
                ? partners.companiesByName().stream()
                        .filter(company -> !companies.contains(company))
                        .toList()
                : List.<CompanyView>of();
        return new Case(
                request,
                distributor,
                companies,
                partners.entitlementsWithDomain(distributor.id(), domain),
                companies.stream()
                        .flatMap(c -> partners.currentAssociation(c.id()).stream())
                        .toList(),
                store.history(id),
                others);
    }

    /**
     * Approves: joins the chosen company, or creates it from the request (R3.8), associates it with the
     * distributor and sends the same access email as an automatic approval (R3.7). The company must
     * be one the review offered, one holding the request's registrable domain (R3.5a): a reviewer
     * cannot place an applicant in any company they like, where the applicant would take its
     * technical seats. A vendor admin may choose another company by adding the domain to it, audited.
     *
     * @throws CompanyNotOfferedException for any other company; nothing changes
     * @throws Partners.DomainTakenException when another company holds the domain without sharing it
     * @throws Partners.AssociatedElsewhereException until the other distributor releases the company (R2.3)
     */
    @Transactional
    public Approval approve(PortalPrincipal reviewer, UUID id, CompanyChoice choice) {
        var request = visible(reviewer, id);
        if (request.status() != Decision.Status.UNDER_REVIEW) {
            throw new AlreadyDecidedException();
        }
        var distributor =
                partners.distributor(new DistributorId(request.distributorId())).orElseThrow();
        CompanyView company = choice.companyId() == null ? null : chosen(reviewer, request, choice);
        if (company == null && (request.companyName() == null || request.country() == null)) {
            throw new CompanyNeededException();
        }
        var domain = RegistrableDomain.of(request.domain());
        if (company == null && !partners.companiesWithDomain(domain).isEmpty()) {
            // "None of these is my company" (R3.5a), and the reviewer agrees: a new company for a domain
            // another company holds. Sharing a domain is the vendor's decision.
            if (!reviewer.isVendorAdmin()) {
                if (!store.sendToVendor(id, Reason.NEW_COMPANY_SHARES_DOMAIN)) {
                    throw new AlreadyDecidedException();
                }
                store.log(id, reviewer.email(), "SENT_TO_VENDOR", "new company " + request.companyName());
                events.publishEvent(
                        new AccessRequestSentToVendor(reviewer.email(), id, request.email(), domain.value()));
                return Approval.SENT_TO_VENDOR;
            }
            var created = partners.registerCompanySharingDomain(
                    request.companyName(), request.country(), domain, reviewer.email());
            company = partners.company(created).orElseThrow();
        }
        var entitlements = company == null
                ? partners.entitlementsWithDomain(distributor.id(), RegistrableDomain.of(request.domain()))
                : partners.entitlementsOf(distributor.id(), company);
        var granted = requests.grant(distributor, request, company, entitlements, reviewer.email());
        if (!store.decide(
                id,
                decision(Decision.Status.APPROVED, Reason.APPROVED_BY_REVIEWER),
                granted.companyId(),
                granted.accountId().value(),
                reviewer.email())) {
            throw new AlreadyDecidedException();
        }
        store.log(id, reviewer.email(), "APPROVED", company == null ? "new company" : company.name());
        publish(request, distributor, "APPROVED", Reason.APPROVED_BY_REVIEWER, null, reviewer.email());
        return Approval.APPROVED;
    }

    private CompanyView chosen(PortalPrincipal reviewer, AccessRequest request, CompanyChoice choice) {
        var domain = RegistrableDomain.of(request.domain());
        var companyId = new CompanyId(choice.companyId());
        var offered = partners.companiesWithDomain(domain).stream()
                .filter(company -> company.id().equals(companyId))
                .findFirst();
        if (offered.isPresent()) {
            return offered.get();
        }
        if (!reviewer.isVendorAdmin() || !choice.addDomain()) {
            throw new CompanyNotOfferedException();
        }
        var company = partners.company(companyId).orElseThrow(CompanyNotOfferedException::new);
        partners.addDomain(companyId, domain, reviewer.email());
        store.log(request.id(), reviewer.email(), "DOMAIN_ADDED", domain.value() + " → " + company.name());
        return company;
    }

    /** Rejects with a reason that goes into the applicant's email (R3.8). */
    @Transactional
    public void reject(PortalPrincipal reviewer, UUID id, String note) {
        var request = visible(reviewer, id);
        var distributor =
                partners.distributor(new DistributorId(request.distributorId())).orElseThrow();
        if (!store.decide(
                id, decision(Decision.Status.REJECTED, Reason.REJECTED_BY_REVIEWER), null, null, reviewer.email())) {
            throw new AlreadyDecidedException();
        }
        store.log(id, reviewer.email(), "REJECTED", note);
        publish(request, distributor, "REJECTED", Reason.REJECTED_BY_REVIEWER, note, reviewer.email());
    }

    /** The request, if this reviewer may see it; 404 otherwise (R3.8, R8.3). */
    public AccessRequest visible(PortalPrincipal reviewer, UUID id) {
        var request = store.find(id).orElseThrow(NotFoundException::new);
        boolean allowed = reviewer.isVendorAdmin()
                || (request.route() == Decision.Route.DISTRIBUTOR
                        && request.distributorId().equals(reviewer.distributorId()));
        if (!allowed) {
            throw new NotFoundException();
        }
        return request;
    }

    private void publish(
            AccessRequest request,
            DistributorView distributor,
            String status,
            Reason reason,
            String note,
            String actor) {
        events.publishEvent(request.decidedEvent(distributor.name(), status, reason, note, actor));
    }

    private static Decision decision(Decision.Status status, Reason reason) {
        return new Decision(status, null, reason);
    }

    public static class AlreadyDecidedException extends RuntimeException {
        AlreadyDecidedException() {
            super("The request was already decided");
        }
    }

    /** The approval named a company the review did not offer for this request. */
    public static class CompanyNotOfferedException extends RuntimeException {
        CompanyNotOfferedException() {
            super("The applicant can only join a company that holds their domain");
        }
    }

    public static class CompanyNeededException extends RuntimeException {
        CompanyNeededException() {
            super("Choose the applicant's company");
        }
    }
}
