package com.partnerportal.partners;

import com.partnerportal.shared.EmailAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partners module's API: distributors and partner companies. */
@Service
public class Partners {

    private final DistributorRepository distributors;
    private final CompanyRepository companies;

    Partners(DistributorRepository distributors, CompanyRepository companies) {
        this.distributors = distributors;
        this.companies = companies;
    }

    @Transactional
    public DistributorId registerDistributor(String slug, String name, String supportEmail) {
        return distributors
                .save(Distributor.register(slug, name, supportEmail))
                .view()
                .id();
    }

    @Transactional
    public CompanyId registerCompany(String name, String country, Set<String> domains) {
        Set<String> normalised = domains.stream()
                .map(domain -> EmailAddress.parse("postmaster@" + domain).domain())
                .collect(Collectors.toSet());
        return companies
                .save(Company.register(name, country, normalised))
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

    public Optional<CompanyView> company(CompanyId id) {
        return companies.findById(id.value()).map(Company::view);
    }
}
