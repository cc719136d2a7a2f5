package com.partnerportal.partners;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A distributor through which partners buy the vendor's product; its slug names its registration link. */
class Distributor {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    @Id
    private final UUID id;

    private final String slug;
    private final String name;
    private final String supportEmail;
    private final boolean active;
    private final Instant createdAt;

    @Version
    private Integer version;

    Distributor(
            UUID id,
            String slug,
            String name,
            String supportEmail,
            boolean active,
            Instant createdAt,
            Integer version) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.supportEmail = supportEmail;
        this.active = active;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Distributor register(String slug, String name, String supportEmail) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A slug is lower-case letters, digits and dashes");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A distributor needs a name");
        }
        return new Distributor(UUID.randomUUID(), slug, name.strip(), supportEmail, true, Instant.now(), null);
    }

    DistributorView view() {
        return new DistributorView(new DistributorId(id), slug, name, supportEmail, active);
    }

    String slug() {
        return slug;
    }
}
