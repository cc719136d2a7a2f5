package com.partnerportal.catalogue;

import com.partnerportal.programme.LevelId;
import com.partnerportal.programme.Programme;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vendor admins upload, describe, publish and retire catalogue resources (R6.1, R6.2); every change audited. */
@Service
@PreAuthorize("hasRole('VENDOR_ADMIN')")
class ResourceAdministration {

    private final ResourceStore store;
    private final Resources resources;
    private final ApplicationEventPublisher events;
    private final Programme programme;

    ResourceAdministration(
            ResourceStore store, Resources resources, Programme programme, ApplicationEventPublisher events) {
        this.store = store;
        this.programme = programme;
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
    UUID create(ResourceForm form, Optional<Resources.Upload> upload, String actor) {
        if (upload.isPresent() == (form.link() != null)) {
            throw new FormRefusedException(Map.of("file", "resources.error.fileOrLink"));
        }
        var fields = checked(form.fields());
        var added = resources.add(fields, upload, "DRAFT");
        if (added.id().isEmpty()) {
            throw new FormRefusedException(Map.of("file", added.problem()));
        }
        UUID id = added.id().get();
        events.publishEvent(new ResourceChanged(actor, id, "Resource \"" + fields.title() + "\" created as draft"));
        return id;
    }

    /** @throws FormRefusedException when a linked resource would lose its link */
    @Transactional
    void save(UUID id, ResourceForm form, String actor) {
        var resource = find(id);
        String status = form.status() == null ? resource.status() : form.status();
        if (resource.link() != null && form.link() == null) {
            throw new FormRefusedException(Map.of("link", "resources.error.link"));
        }
        var fields = checked(form.fields());
        store.update(id, fields, status);
        events.publishEvent(new ResourceChanged(actor, id, "Resource \"" + fields.title() + "\" saved as " + status));
    }

    /** @throws FormRefusedException when the resource is reserved to a level that does not exist or was retired */
    private ResourceFields checked(ResourceFields fields) {
        if (fields.minimumLevel() != null
                && programme
                        .find(new LevelId(fields.minimumLevel()))
                        .filter(level -> !level.retired())
                        .isEmpty()) {
            throw new FormRefusedException(Map.of("minimumLevel", "resources.error.level"));
        }
        return fields;
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
}
