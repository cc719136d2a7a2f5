package com.partnerportal.partners.internal;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface CompanyRepository extends ListCrudRepository<Company, UUID> {}
