package com.partnerportal.partners.internal;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorChanged;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.DomainChanged;
import com.partnerportal.partners.Partners;
import com.partnerportal.shared.NotFoundException;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The vendor console's changes: distributors, companies and their domains. Every change audited. */
@Service
@PreAuthorize("hasRole('VENDOR_ADMIN')")
public class PartnerAdministration {

    private final DistributorRepository distributors;
    private final CompanyRepository companies;
    private final CompanyDirectory directory;
    private final ApplicationEventPublisher events;

    public PartnerAdministration(
            DistributorRepository distributors,
            CompanyRepository companies,
            CompanyDirectory directory,
            ApplicationEventPublisher events) {
        this.distributors = distributors;
        this.companies = companies;
        this.directory = directory;
        this.events = events;
    }

    public CompanyDirectory.Page companies(String search, CompanyDirectory.Sort sort, int page) {
        return directory.page(search, sort, Math.max(page, 0), Partners.PAGE_SIZE);
    }

    @Transactional
    public DistributorId createDistributor(String slug, String name, String supportEmail, String actor) {
        if (distributors.findBySlug(slug).isPresent()) {
            throw new SlugTakenException();
        }
        var id = distributors
                .save(Distributor.register(slug, name, supportEmail))
                .view()
                .id();
        events.publishEvent(new DistributorChanged(actor, id, "Distributor " + name + " (" + slug + ") registered"));
        return id;
    }

    @Transactional
    public void updateDistributor(
            UUID id,
            String name,
            String supportEmail,
            String contactName,
            String contactPhone,
            boolean active,
            String actor) {
        var distributor = distributors.findById(id).orElseThrow(NotFoundException::new);
        distributor.update(name, supportEmail, contactName, contactPhone, active);
        distributors.save(distributor);
        events.publishEvent(new DistributorChanged(
                actor, new DistributorId(id), "Name, contacts or status changed; active=" + active));
    }

    @Transactional
    public void shareDomain(UUID companyId, String domain, String actor) {
        var company = companies.findById(companyId).orElseThrow(NotFoundException::new);
        company.shareDomain(domain);
        companies.save(company);
        events.publishEvent(new DomainChanged(actor, new CompanyId(companyId), domain, DomainChanged.Change.SHARED));
    }

    public static class SlugTakenException extends RuntimeException {
        SlugTakenException() {
            super("Another distributor uses this slug");
        }
    }
}
