package com.partnerportal.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Catalogue files in PostgreSQL, cut into chunks: written one chunk at a time from the upload's
 * stream and sent back the same way, so neither side ever holds a whole file in memory, and every
 * instance serves every file (R8.4).
 */
@Repository
class StoredFiles {

    static final int CHUNK_BYTES = 512 * 1024;

    record StoredFile(UUID id, String fileName, String contentType, long sizeBytes, int chunks) {}

    private final JdbcClient jdbc;

    StoredFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the stream's bytes; call inside the transaction that links the file to its resource. */
    StoredFile store(InputStream content, FileCheck.Accepted accepted) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO stored_file (id, file_name, content_type, size_bytes, sha256)"
                        + " VALUES (:id, :name, :type, 1, '')")
                .param("id", id)
                .param("name", accepted.fileName())
                .param("type", accepted.contentType())
                .update();
        var digest = new DigestInputStream(content, sha256());
        long size = 0;
        int seq = 0;
        try {
            byte[] chunk;
            while ((chunk = digest.readNBytes(CHUNK_BYTES)).length > 0) {
                jdbc.sql("INSERT INTO stored_file_chunk (file_id, seq, bytes) VALUES (:id, :seq, :bytes)")
                        .param("id", id)
                        .param("seq", seq++)
                        .param("bytes", chunk)
                        .update();
                size += chunk.length;
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (size == 0) {
            throw new IllegalArgumentException("An empty file cannot be stored");
        }
        jdbc.sql("UPDATE stored_file SET size_bytes = :size, sha256 = :sha WHERE id = :id")
                .param("size", size)
                .param("sha", HexFormat.of().formatHex(digest.getMessageDigest().digest()))
                .param("id", id)
                .update();
        return new StoredFile(id, accepted.fileName(), accepted.contentType(), size, seq);
    }

    Optional<StoredFile> find(UUID id) {
        return jdbc.sql("SELECT f.id, f.file_name, f.content_type, f.size_bytes,"
                        + " (SELECT count(*) FROM stored_file_chunk c WHERE c.file_id = f.id) AS chunks"
                        + " FROM stored_file f WHERE f.id = :id")
                .param("id", id)
                .query((row, n) -> new StoredFile(
                        row.getObject("id", UUID.class),
                        row.getString("file_name"),
                        row.getString("content_type"),
                        row.getLong("size_bytes"),
                        row.getInt("chunks")))
                .optional();
    }

    /** Writes the file to {@code out}, one chunk read at a time. */
    void copy(StoredFile file, OutputStream out) throws IOException {
        for (int seq = 0; seq < file.chunks(); seq++) {
            byte[] chunk = jdbc.sql("SELECT bytes FROM stored_file_chunk WHERE file_id = :id AND seq = :seq")
                    .param("id", file.id())
                    .param("seq", seq)
                    .query(byte[].class)
                    .single();
            out.write(chunk);
        }
        out.flush();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
