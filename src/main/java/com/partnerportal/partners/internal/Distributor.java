package com.partnerportal.partners.internal;

import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.DistributorView;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A distributor through which partners buy the vendor's product; its slug names its registration link. */
public class Distributor {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    @Id
    private final UUID id;

    private final String slug;
    private String name;
    private String supportEmail;
    private String contactName;
    private String contactPhone;
    private boolean active;
    private final Instant createdAt;

    @Version
    private Integer version;

    public Distributor(
            UUID id,
            String slug,
            String name,
            String supportEmail,
            String contactName,
            String contactPhone,
            boolean active,
            Instant createdAt,
            Integer version) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.supportEmail = supportEmail;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.active = active;
        this.createdAt = createdAt;
        this.version = version;
    }

    public static Distributor register(String slug, String name, String supportEmail) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A slug is lower-case letters, digits and dashes");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A distributor needs a name");
        }
        return new Distributor(
                UUID.randomUUID(), slug, name.strip(), supportEmail, null, null, true, Instant.now(), null);
    }

    /** New name and contacts; an inactive distributor's registration link answers 404. */
    public void update(
            String newName, String newSupportEmail, String newContactName, String newContactPhone, boolean isActive) {
        if (newName == null || newName.isBlank() || newName.length() > 200) {
            throw new IllegalArgumentException("A distributor needs a name of at most 200 characters");
        }
        this.name = newName.strip();
        this.supportEmail = newSupportEmail;
        this.contactName = newContactName;
        this.contactPhone = newContactPhone;
        this.active = isActive;
    }

    public DistributorView view() {
        return new DistributorView(new DistributorId(id), slug, name, supportEmail, contactName, contactPhone, active);
    }

    public String slug() {
        return slug;
    }
}
