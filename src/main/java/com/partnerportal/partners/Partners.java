package com.partnerportal.partners;

import com.partnerportal.partners.internal.ApiKeys;
import com.partnerportal.partners.internal.Associations;
import com.partnerportal.partners.internal.Company;
import com.partnerportal.partners.internal.CompanyDirectory;
import com.partnerportal.partners.internal.CompanyRepository;
import com.partnerportal.partners.internal.Distributor;
import com.partnerportal.partners.internal.DistributorRepository;
import com.partnerportal.partners.internal.EntitlementCsv;
import com.partnerportal.partners.internal.EntitlementDraft;
import com.partnerportal.partners.internal.EntitlementImports;
import com.partnerportal.partners.internal.EntitlementList;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.shared.RegistrableDomain;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partners module's API: distributors, partner companies, entitlement lists (R2.2) and
 * distributor associations (R2.3). Methods taking a {@link PortalPrincipal} check that the caller
 * may act for the distributor first, and answer {@link NotFoundException} when not.
 */
@Service
public class Partners {

    private final DistributorRepository distributors;
    private final CompanyRepository companies;
    private final EntitlementList entitlements;
    private final EntitlementImports imports;
    private final Associations associations;
    private final ApplicationEventPublisher events;
    private final ApiKeys apiKeys;
    private final CompanyDirectory directory;

    public Partners(
            DistributorRepository distributors,
            CompanyRepository companies,
            EntitlementList entitlements,
            EntitlementImports imports,
            Associations associations,
            ApplicationEventPublisher events,
            ApiKeys apiKeys,
            CompanyDirectory directory) {
        this.distributors = distributors;
        this.companies = companies;
        this.entitlements = entitlements;
        this.imports = imports;
        this.associations = associations;
        this.events = events;
        this.apiKeys = apiKeys;
        this.directory = directory;
    }

    // Distributors

    @Transactional
    public DistributorId registerDistributor(String slug, String name, String supportEmail) {
        return distributors
                .save(Distributor.register(slug, name, supportEmail))
                .view()
                .id();
    }

    public Optional<DistributorView> distributor(String slug) {
        return distributors.findBySlug(slug).map(Distributor::view);
    }

    public Optional<DistributorView> distributor(DistributorId id) {
        return distributors.findById(id.value()).map(Distributor::view);
    }

    public List<DistributorView> distributors() {
        return distributors.findAll().stream()
                .map(Distributor::view)
                .sorted(Comparator.comparing(DistributorView::name))
                .toList();
    }

    /** The distributor whose console the caller may use: their own, or any for a vendor admin. */
    public DistributorView consoleOf(PortalPrincipal caller, UUID distributorId) {
        if (caller == null || distributorId == null) {
            throw new NotFoundException();
        }
        boolean allowed = caller.isVendorAdmin() || distributorId.equals(caller.distributorId());
        if (!allowed) {
            throw new NotFoundException();
        }
        return distributor(new DistributorId(distributorId)).orElseThrow(NotFoundException::new);
    }

    // Companies

    /**
     * Registers a company with its email domains, reduced to registrable domains.
     *
     * @throws DomainTakenException when another company already holds one of the domains; in a
     *     savepoint, so that the caller's transaction goes on (to join that company instead)
     */
    @Transactional(propagation = Propagation.NESTED)
    public CompanyId registerCompany(String name, String country, Set<String> domains) {
        Set<String> normalised = domains.stream()
                .map(domain -> RegistrableDomain.of(domain).value())
                .collect(Collectors.toSet());
        try {
            return companies
                    .save(Company.register(name, country, normalised))
                    .view()
                    .id();
        } catch (DuplicateKeyException taken) {
            throw new DomainTakenException();
        }
    }

    /**
     * Gives a company another email domain, audited: a vendor admin's decision (R2.1), taken for
     * instance while approving an applicant of that domain into the company (R3.8).
     *
     * @throws DomainTakenException when another company holds the domain without sharing it; in a
     *     savepoint, so that the caller's transaction can go on
     */
    @Transactional(propagation = Propagation.NESTED)
    public void addDomain(CompanyId companyId, RegistrableDomain domain, String actor) {
        var company = companies.findById(companyId.value()).orElseThrow(NotFoundException::new);
        company.holdDomain(domain.value());
        try {
            companies.save(company);
        } catch (DuplicateKeyException taken) {
            throw new DomainTakenException();
        }
        events.publishEvent(new DomainChanged(actor, companyId, domain.value(), DomainChanged.Change.ADDED));
    }

    /**
     * Registers a company that shares its domain with the companies already holding it (R2.1:
     * several companies may hold a domain only when the vendor allows it). A vendor admin's decision,
     * audited for every company whose domain becomes shared.
     */
    @Transactional
    public CompanyId registerCompanySharingDomain(String name, String country, RegistrableDomain domain, String actor) {
        for (CompanyView holder : companiesWithDomain(domain)) {
            var company = companies.findById(holder.id().value()).orElseThrow();
            if (!holder.sharedDomains().contains(domain.value())) {
                company.shareDomain(domain.value());
                companies.save(company);
                events.publishEvent(new DomainChanged(actor, holder.id(), domain.value(), DomainChanged.Change.SHARED));
            }
        }
        var created = Company.register(name, country, Set.of(domain.value()));
        created.shareDomain(domain.value());
        return companies.save(created).view().id();
    }

    /** Every company by name, for a vendor admin choosing one. */
    public List<CompanyView> companiesByName() {
        var ids = directory.page(null, CompanyDirectory.Sort.NAME, 0, MAX_CHOICES).companies().stream()
                .map(CompanyDirectory.Row::id)
                .toList();
        return companies.findAllById(ids).stream()
                .map(Company::view)
                .sorted(Comparator.comparing(view -> view.name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    public Optional<CompanyView> company(CompanyId id) {
        return companies.findById(id.value()).map(Company::view);
    }

    /**
     * Sets how many technical seats this company has whatever its level, or with null gives it its
     * level's again (R5.2, R10.4: the vendor's word for one company wins over the level's). Lowering
     * it releases no one: the holders keep their seats until released.
     */
    @Transactional
    public void setTechnicalSeatLimit(CompanyId company, Integer limit, String actor) {
        if (limit != null && (limit < 0 || limit > 10_000)) {
            throw new IllegalArgumentException("A seat limit is between 0 and 10,000");
        }
        if (directory.setSeatOverride(company.value(), limit) == 0) {
            throw new NotFoundException();
        }
        events.publishEvent(new SeatLimitChanged(actor, company, limit));
    }

    /** Puts the benefits of their programme levels in force for these companies (R10.1); returns how many changed. */
    @Transactional
    public int applyBenefits(java.util.Map<CompanyId, Benefits> benefits) {
        return directory.applyBenefits(benefits);
    }

    /** The companies holding this registrable domain: one, or several when the vendor allowed sharing. */
    public List<CompanyView> companiesWithDomain(RegistrableDomain domain) {
        return companies.findAllById(directory.withDomain(domain.value())).stream()
                .map(Company::view)
                .sorted(Comparator.comparing(CompanyView::name))
                .toList();
    }

    /** The entitlements of this distributor naming any of the company's domains. */
    public List<EntitlementView> entitlementsOf(DistributorId distributor, CompanyView company) {
        return company.domains().stream()
                .flatMap(domain -> entitlements.withDomain(distributor, domain).stream())
                .distinct()
                .toList();
    }

    // Entitlement lists (R2.2)

    public EntitlementList.Page entitlements(
            DistributorView distributor, String search, EntitlementList.Sort sort, int page) {
        return entitlements.page(distributor.id(), search, sort, Math.max(page, 0), PAGE_SIZE);
    }

    /** The entitlements of this distributor that name the domain, for registration and review (R3.6). */
    public List<EntitlementView> entitlementsWithDomain(DistributorId distributor, RegistrableDomain domain) {
        return entitlements.withDomain(distributor, domain.value());
    }

    public Optional<EntitlementView> entitlement(DistributorView distributor, String customerId) {
        return entitlements.find(distributor.id(), customerId);
    }

    @Transactional
    public EntitlementList.Outcome saveEntitlement(DistributorView distributor, EntitlementDraft draft, String actor) {
        var outcome = entitlements.upsert(distributor.id(), draft);
        if (outcome != EntitlementList.Outcome.UNCHANGED) {
            events.publishEvent(new EntitlementsChanged(
                    distributor.id(),
                    actor,
                    "form",
                    outcome == EntitlementList.Outcome.CREATED ? 1 : 0,
                    outcome == EntitlementList.Outcome.UPDATED ? 1 : 0,
                    0));
        }
        return outcome;
    }

    @Transactional
    public boolean deleteEntitlement(DistributorView distributor, String customerId, String actor) {
        boolean deleted = entitlements.delete(distributor.id(), customerId);
        if (deleted) {
            events.publishEvent(new EntitlementsChanged(distributor.id(), actor, "form", 0, 0, 1));
        }
        return deleted;
    }

    /**
     * Applies an entitlement list given as CSV, valid rows only, as the API's bulk upsert does.
     *
     * @return what changed, or empty when the file itself cannot be read
     */
    @Transactional
    public Optional<ImportCounts> importEntitlements(DistributorId distributorId, String csv, String actor) {
        var distributor = distributor(distributorId).orElseThrow(NotFoundException::new);
        var parsed = EntitlementCsv.parse(csv);
        if (parsed.fileProblem() != null) {
            return Optional.empty();
        }
        var counts = apply(distributor, parsed, actor, "bulk");
        return Optional.of(
                new ImportCounts(counts.created(), counts.updated(), counts.unchanged(), parsed.rejectedRows()));
    }

    /** What an import did. */
    public record ImportCounts(int created, int updated, int unchanged, int rejected) {}

    /** Creates or updates checked entitlements, as the API's bulk call does. */
    @Transactional
    public EntitlementList.Counts saveEntitlements(
            DistributorView distributor, List<EntitlementDraft> drafts, String actor) {
        var counts = entitlements.upsertAll(distributor.id(), drafts);
        if (counts.created() + counts.updated() > 0) {
            events.publishEvent(
                    new EntitlementsChanged(distributor.id(), actor, "API", counts.created(), counts.updated(), 0));
        }
        return counts;
    }

    public record ImportResult(UUID stagedId, EntitlementCsv.Parsed parsed, EntitlementList.Counts applied) {}

    /**
     * Checks an uploaded list. A file without problems is applied at once; otherwise nothing is
     * applied and the file waits for the uploader to confirm its valid rows.
     */
    @Transactional
    public ImportResult importCsv(DistributorView distributor, String fileName, String content, String actor) {
        var parsed = EntitlementCsv.parse(content);
        if (parsed.fileProblem() != null) {
            return new ImportResult(null, parsed, null);
        }
        if (parsed.problems().isEmpty()) {
            return new ImportResult(null, parsed, apply(distributor, parsed, actor, "CSV " + fileName));
        }
        UUID staged = imports.stage(distributor.id(), actor, fileName, content);
        return new ImportResult(staged, parsed, null);
    }

    /** Applies the valid rows of a staged file, once. */
    @Transactional
    public ImportResult confirmImport(DistributorView distributor, UUID stagedId, String actor) {
        var staged = imports.take(distributor.id(), stagedId).orElseThrow(NotFoundException::new);
        var parsed = EntitlementCsv.parse(staged.content());
        return new ImportResult(null, parsed, apply(distributor, parsed, actor, "CSV " + staged.fileName()));
    }

    private EntitlementList.Counts apply(
            DistributorView distributor, EntitlementCsv.Parsed parsed, String actor, String how) {
        var counts = entitlements.upsertAll(distributor.id(), parsed.valid());
        if (counts.created() + counts.updated() > 0) {
            events.publishEvent(
                    new EntitlementsChanged(distributor.id(), actor, how, counts.created(), counts.updated(), 0));
        }
        return counts;
    }

    // Associations (R2.3)

    public Optional<AssociationView> currentAssociation(CompanyId company) {
        return associations.current(company);
    }

    public List<AssociationView> associationHistory(CompanyId company) {
        return associations.history(company);
    }

    /**
     * Associates the company with the distributor. A company associated with another distributor
     * cannot be until that one releases it (R2.3); with the same one, nothing changes.
     */
    @Transactional
    public void associate(CompanyId company, DistributorId distributor, String customerId, String by) {
        var current = associations.current(company);
        if (current.isPresent()) {
            if (current.get().distributorId().equals(distributor)) {
                return;
            }
            throw new AssociatedElsewhereException(current.get());
        }
        if (!associations.start(company, distributor, customerId, by)) {
            var raced = associations.current(company).orElseThrow();
            if (raced.distributorId().equals(distributor)) {
                return;
            }
            throw new AssociatedElsewhereException(raced);
        }
        var view = associations.current(company).orElseThrow();
        events.publishEvent(
                new CompanyAssociated(company, view.companyName(), distributor, view.distributorName(), by));
    }

    /** The distributor's current partners by name, for a choice in a form (at most {@code limit}). */
    public List<AssociationView> currentPartners(DistributorId distributor, int limit) {
        return associations.currentOf(distributor, null, 0, limit).associations();
    }

    public AssociationPage partnersOf(DistributorView distributor, String search, int page) {
        return associations.currentOf(distributor.id(), search, Math.max(page, 0), PAGE_SIZE);
    }

    /**
     * The distributor releases a partner that moves to another distributor (R2.3): the association
     * ends, the vendor is told. A vendor admin may record it on the distributor's behalf.
     */
    @Transactional
    public void release(PortalPrincipal caller, UUID distributorId, CompanyId company, String reason) {
        var distributor = consoleOf(caller, distributorId);
        var current = associations
                .current(company)
                .filter(a -> a.distributorId().equals(distributor.id()))
                .orElseThrow(NotFoundException::new);
        associations.end(company, distributor.id(), caller.email(), reason);
        events.publishEvent(new PartnerReleased(
                company,
                current.companyName(),
                distributor.id(),
                distributor.name(),
                caller.email(),
                reason,
                caller.isVendorAdmin() && !distributor.id().value().equals(caller.distributorId())));
    }

    // API keys

    public List<ApiKeys.Key> apiKeys(DistributorView distributor) {
        return apiKeys.of(distributor.id());
    }

    @Transactional
    public ApiKeys.Created createApiKey(DistributorView distributor, String name, String actor) {
        var created = apiKeys.create(distributor.id(), name, actor);
        events.publishEvent(new ApiKeyChanged(actor, distributor.id(), created.id(), name, false));
        return created;
    }

    @Transactional
    public void revokeApiKey(DistributorView distributor, UUID keyId, String actor) {
        if (!apiKeys.revoke(distributor.id(), keyId)) {
            throw new NotFoundException();
        }
        events.publishEvent(new ApiKeyChanged(actor, distributor.id(), keyId, keyId.toString(), true));
    }

    public static final int PAGE_SIZE = 50;
    private static final int MAX_CHOICES = 2_000;

    /** Another company already holds this domain and the vendor did not allow sharing it. */
    public static class DomainTakenException extends RuntimeException {
        public DomainTakenException() {
            super("Another company already holds this domain");
        }
    }

    /** The company buys through another distributor, which must release it first (R2.3). */
    public static class AssociatedElsewhereException extends RuntimeException {
        private final transient AssociationView current;

        public AssociatedElsewhereException(AssociationView current) {
            super("The company is associated with " + current.distributorName());
            this.current = current;
        }

        public AssociationView current() {
            return current;
        }
    }
}
