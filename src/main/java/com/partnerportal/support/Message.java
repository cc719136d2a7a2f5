package com.partnerportal.support;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a request's thread.
 *
 * @param kind REQUESTER, VENDOR_REPLY, INTERNAL_NOTE (never shown to the requester) or ACTION (an
 *     outcome, such as a seat granted, that the requester sees)
 */
record Message(
        UUID id,
        String kind,
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
        return "INTERNAL_NOTE".equals(kind);
    }
}
