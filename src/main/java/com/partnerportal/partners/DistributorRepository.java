package com.partnerportal.partners;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface DistributorRepository extends ListCrudRepository<Distributor, UUID> {

    Optional<Distributor> findBySlug(String slug);
}
