package com.partnerportal.files;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files in PostgreSQL, cut into chunks: written one chunk at a time from the upload's stream and
 * sent back the same way, so neither side ever holds a whole file in memory, and every instance
 * serves every file (R8.4).
 */
@Service
public class StoredFiles {

    public static final int CHUNK_BYTES = 512 * 1024;

    /** A kept file, under a name safe to send back and the content type its bytes showed. */
    public record StoredFile(UUID id, String fileName, String contentType, long sizeBytes, int chunks) {}

    /** What {@link #store} did: the file, or the message key saying why it was refused. */
    public record Stored(Optional<StoredFile> file, String problem) {}

    private final JdbcClient jdbc;

    StoredFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String allowedExtensions() {
        return FileCheck.allowedExtensions();
    }

    /**
     * Checks and keeps an uploaded file, within the transaction that links it to what it belongs to;
     * a refused file leaves nothing behind.
     *
     * @param originalName the name the uploader's browser gave
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Stored store(String originalName, long size, InputStream content, long maxBytes) {
        var upload = new FileUpload(originalName, size, content);
        try {
            var outcome = upload.check(maxBytes);
            if (outcome.accepted().isEmpty()) {
                return new Stored(Optional.empty(), outcome.problem());
            }
            return new Stored(
                    Optional.of(store(upload.content(), outcome.accepted().get())), null);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * Keeps a file of a package whose content is not for download but for a sandboxed player (a SCORM
     * package's pages, scripts and media, R5.7): any type, named by the caller, in the caller's
     * transaction. An empty file is not kept.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<StoredFile> keepPackageFile(String fileName, String contentType, InputStream content) {
        try {
            var pushback = new java.io.PushbackInputStream(content, 1);
            int first = pushback.read();
            if (first < 0) {
                return Optional.empty();
            }
            pushback.unread(first);
            String name = fileName.length() > 200 ? fileName.substring(fileName.length() - 200) : fileName;
            return Optional.of(store(pushback, new FileCheck.Accepted(name, contentType)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private StoredFile store(InputStream content, FileCheck.Accepted accepted) {
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

    public Optional<StoredFile> find(UUID id) {
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
    public void copy(StoredFile file, OutputStream out) throws IOException {
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

    /** Sends the file as a download: its type, length and name, not cached, then its bytes. */
    public void send(StoredFile file, HttpServletResponse response) throws IOException {
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.sizeBytes());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        copy(file, response.getOutputStream());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
