package com.partnerportal.partners;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface CompanyRepository extends ListCrudRepository<Company, UUID> {}
