package com.partnerportal.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A file on its way in: its name as the uploader's browser gave it, its size, and its bytes, read once. */
final class FileUpload {

    private final String originalName;
    private final long size;
    private final BufferedInputStream content;

    FileUpload(String originalName, long size, InputStream content) {
        this.originalName = originalName;
        this.size = size;
        this.content = new BufferedInputStream(content, StoredFiles.CHUNK_BYTES);
    }

    FileCheck.Outcome check(long maxBytes) throws IOException {
        content.mark(FileCheck.HEAD_BYTES);
        byte[] head = content.readNBytes(FileCheck.HEAD_BYTES);
        content.reset();
        return FileCheck.check(originalName, size, head, maxBytes);
    }

    InputStream content() {
        return content;
    }
}
