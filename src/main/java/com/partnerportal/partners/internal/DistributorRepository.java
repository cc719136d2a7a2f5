package com.partnerportal.partners.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface DistributorRepository extends ListCrudRepository<Distributor, UUID> {

    public Optional<Distributor> findBySlug(String slug);
}
