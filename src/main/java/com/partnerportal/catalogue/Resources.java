package com.partnerportal.catalogue;

import com.partnerportal.files.StoredFiles;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds resources to the catalogue and counts their downloads (R6.1, R6.2). */
@Service
public class Resources {

    private final ResourceStore store;
    private final StoredFiles files;
    private final CatalogueProperties properties;

    Resources(ResourceStore store, StoredFiles files, CatalogueProperties properties) {
        this.store = store;
        this.files = files;
        this.properties = properties;
    }

    /** Publishes a resource with its file, as the demo data and imports do; refuses what an admin would be refused. */
    @Transactional
    public UUID publish(NewResource resource, String fileName, InputStream content, long size) {
        var upload = new Upload(fileName, size, content);
        var added = add(ResourceFields.of(resource).withoutLink(), Optional.of(upload), "PUBLISHED");
        return added.id().orElseThrow(() -> new IllegalArgumentException("Refused: " + added.problem()));
    }

    /** Publishes a resource hosted elsewhere, at an https address. */
    @Transactional
    public UUID publishLink(NewResource resource) {
        if (resource.link() == null || !com.partnerportal.shared.WebAddresses.isHttps(resource.link())) {
            throw new IllegalArgumentException("A linked resource needs an https address");
        }
        return add(ResourceFields.of(resource), Optional.empty(), "PUBLISHED")
                .id()
                .orElseThrow();
    }

    /** A file on its way in, as the uploader's browser named it. */
    record Upload(String originalName, long size, InputStream content) {}

    /** What adding a resource did: its id, or the message key of the file's problem. */
    record Added(Optional<UUID> id, String problem) {}

    @Transactional
    Added add(ResourceFields fields, Optional<Upload> upload, String status) {
        UUID fileId = null;
        if (upload.isPresent()) {
            var stored = store(upload.get());
            if (stored.accepted().isEmpty()) {
                return new Added(Optional.empty(), stored.problem());
            }
            fileId = stored.accepted().get();
        }
        UUID id = UUID.randomUUID();
        store.insert(id, fields, status, fileId);
        return new Added(Optional.of(id), null);
    }

    /** Replaces a resource's file or link with a new file; returns the problem's message key, or null. */
    @Transactional
    String replaceFile(UUID resourceId, Upload upload) {
        var stored = store(upload);
        if (stored.accepted().isEmpty()) {
            return stored.problem();
        }
        store.replaceFile(resourceId, stored.accepted().get());
        return null;
    }

    private Stored store(Upload upload) {
        var stored = files.store(
                upload.originalName(),
                upload.size(),
                upload.content(),
                properties.maxFileSize().toBytes());
        return new Stored(stored.file().map(StoredFiles.StoredFile::id), stored.problem());
    }

    private record Stored(Optional<UUID> accepted, String problem) {}
}
