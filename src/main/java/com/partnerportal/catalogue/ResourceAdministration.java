package com.partnerportal.catalogue;

import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.NotFoundException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vendor admins upload, describe, publish and retire catalogue resources (R6.1, R6.2); every change audited. */
@Service
@PreAuthorize("hasRole('VENDOR_ADMIN')")
class ResourceAdministration {

    private static final Set<String> STATUSES = Set.of("DRAFT", "PUBLISHED", "RETIRED");

    private final ResourceStore store;
    private final Resources resources;
    private final ApplicationEventPublisher events;

    ResourceAdministration(ResourceStore store, Resources resources, ApplicationEventPublisher events) {
        this.store = store;
        this.resources = resources;
        this.events = events;
    }

    List<Resource> all() {
        return store.all();
    }

    Resource find(UUID id) {
        return store.find(id).orElseThrow(NotFoundException::new);
    }

    /** A new resource, as a draft, with a file or a link (never both). @throws FormRefusedException */
    @Transactional
    UUID create(Map<String, String> form, Optional<Resources.Upload> upload, String actor) {
        var parsed = ResourceFields.parse(form, today());
        Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
        boolean hasLink = !form.getOrDefault("link", "").isBlank();
        if (upload.isPresent() == hasLink) {
            errors.putIfAbsent("file", "resources.error.fileOrLink");
        }
        FormRefusedException.refuseIfAny(errors);
        var added = resources.add(parsed.fields(), upload, "DRAFT");
        if (added.id().isEmpty()) {
            throw new FormRefusedException(Map.of("file", added.problem()));
        }
        UUID id = added.id().get();
        events.publishEvent(
                new ResourceChanged(actor, id, "Resource \"" + parsed.fields().title() + "\" created as draft"));
        return id;
    }

    /** @throws FormRefusedException when a field is wrong; a linked resource keeps a link */
    @Transactional
    void save(UUID id, Map<String, String> form, String actor) {
        var resource = find(id);
        var parsed = ResourceFields.parse(form, today());
        Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
        String status = form.getOrDefault("status", resource.status());
        if (!STATUSES.contains(status)) {
            errors.put("status", "resources.error.status");
        }
        if (resource.link() != null && parsed.fields().link() == null) {
            errors.put("link", "resources.error.link");
        }
        FormRefusedException.refuseIfAny(errors);
        store.update(id, parsed.fields(), status);
        events.publishEvent(
                new ResourceChanged(actor, id, "Resource \"" + parsed.fields().title() + "\" saved as " + status));
    }

    /** @throws FormRefusedException when no file was chosen or the file is refused */
    @Transactional
    void replaceFile(UUID id, Optional<Resources.Upload> upload, String actor) {
        var resource = find(id);
        // The store answers null when it took the file, else why it refused it.
        String problem = upload.isPresent() ? resources.replaceFile(id, upload.get()) : "file.problem.missing";
        if (problem != null) {
            throw new FormRefusedException(Map.of("file", problem));
        }
        events.publishEvent(new ResourceChanged(
                actor,
                id,
                "Resource \"" + resource.title() + "\" given the file "
                        + upload.get().originalName()));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
