package com.partnerportal.partners.internal;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.CompanyView;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A partner company (R2.1): a name, a country, its email domains. */
public class Company {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    public static final int DEFAULT_TECHNICAL_SEAT_LIMIT = 5;
    public static final int DEFAULT_PROTECTION_DAYS = 90;

    @Id
    private final UUID id;

    private final String name;
    private final String country;
    private final String status;

    // Benefits in force (R10.4, R9.5): set through Partners, never by saving the aggregate.
    @ReadOnlyProperty
    private final int technicalSeatLimit;

    @ReadOnlyProperty
    private final Integer technicalSeatOverride;

    @ReadOnlyProperty
    private final int dealProtectionDays;

    private final Instant createdAt;

    @MappedCollection(idColumn = "company_id")
    private final Set<CompanyDomain> domains;

    @Version
    private Integer version;

    public Company(
            UUID id,
            String name,
            String country,
            String status,
            int technicalSeatLimit,
            Integer technicalSeatOverride,
            int dealProtectionDays,
            Instant createdAt,
            Set<CompanyDomain> domains,
            Integer version) {
        this.id = id;
        this.name = name;
        this.country = country;
        this.status = status;
        this.technicalSeatLimit = technicalSeatLimit;
        this.technicalSeatOverride = technicalSeatOverride;
        this.dealProtectionDays = dealProtectionDays;
        this.createdAt = createdAt;
        this.domains = new java.util.HashSet<>(domains);
        this.version = version;
    }

    /** Domains must already be normalised registrable domains. */
    public static Company register(String name, String country, Set<String> domains) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("A company needs a name of at most 200 characters");
        }
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(code).matches()) {
            throw new IllegalArgumentException("A country is an ISO 3166 alpha-2 code");
        }
        if (domains.isEmpty()) {
            throw new IllegalArgumentException("A company needs at least one email domain");
        }
        return new Company(
                UUID.randomUUID(),
                name.strip(),
                code,
                "ACTIVE",
                DEFAULT_TECHNICAL_SEAT_LIMIT,
                null,
                DEFAULT_PROTECTION_DAYS,
                Instant.now(),
                domains.stream().map(domain -> new CompanyDomain(domain, false)).collect(Collectors.toSet()),
                null);
    }

    /** Adds an email domain (a normalised registrable domain) that the company holds alone. */
    public void holdDomain(String domain) {
        if (domains.stream().noneMatch(held -> held.domain().equals(domain))) {
            domains.add(new CompanyDomain(domain, false));
        }
    }

    /** Lets other companies hold this domain too; a vendor admin's decision (R2.1). */
    public void shareDomain(String domain) {
        var current = domains.stream().filter(d -> d.domain().equals(domain)).findFirst();
        if (current.isEmpty()) {
            throw new IllegalArgumentException("The company has no domain " + domain);
        }
        domains.remove(current.get());
        domains.add(new CompanyDomain(domain, true));
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public CompanyView view() {
        return new CompanyView(
                new CompanyId(id),
                name,
                country,
                domains.stream().map(CompanyDomain::domain).collect(Collectors.toUnmodifiableSet()),
                domains.stream()
                        .filter(CompanyDomain::shared)
                        .map(CompanyDomain::domain)
                        .collect(Collectors.toUnmodifiableSet()),
                technicalSeatLimit,
                technicalSeatOverride,
                dealProtectionDays);
    }
}
