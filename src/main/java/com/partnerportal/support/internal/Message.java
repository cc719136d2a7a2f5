package com.partnerportal.support.internal;

import java.time.Instant;
import java.util.UUID;

/** One entry of a request's thread. */
public record Message(
        UUID id,
        MessageKind kind,
        String author,
        String body,
        Instant createdAt,
        UUID fileId,
        String fileName,
        long fileSize) {

    public String fileSizeLabel() {
        return com.partnerportal.shared.WebAddresses.sizeLabel(fileSize);
    }

    public boolean internal() {
        return kind == MessageKind.INTERNAL_NOTE;
    }

    public boolean action() {
        return kind == MessageKind.ACTION;
    }
}
