package com.partnerportal.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether an uploaded file may enter the catalogue: a plain file name (no path, no control
 * characters), a size within the limit, an allowed extension, and content whose first bytes match
 * that extension. The content type stored and served is the one named here, never the uploader's.
 */
final class FileCheck {

    /** Bytes of a file's beginning that {@link #check} needs to recognise its content. */
    static final int HEAD_BYTES = 16;

    private static final Pattern UNSAFE_NAME = Pattern.compile("[/\\\\\\p{Cntrl}]|\\.\\.|^\\.|^\\s|\\s$");
    private static final Pattern NOT_PLAIN = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pd} ._()+]");

    private enum Kind {
        PDF,
        OFFICE,
        MP4,
        PNG,
        JPEG
    }

    private record Allowed(Kind kind, String contentType) {}

    private static final Map<String, Allowed> ALLOWED = Map.of(
            "pdf", new Allowed(Kind.PDF, "application/pdf"),
            "pptx",
                    new Allowed(
                            Kind.OFFICE, "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            "docx", new Allowed(Kind.OFFICE, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "xlsx", new Allowed(Kind.OFFICE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "mp4", new Allowed(Kind.MP4, "video/mp4"),
            "png", new Allowed(Kind.PNG, "image/png"),
            "jpg", new Allowed(Kind.JPEG, "image/jpeg"),
            "jpeg", new Allowed(Kind.JPEG, "image/jpeg"));

    /** A file the catalogue accepts, under a name safe to send back in a download. */
    record Accepted(String fileName, String contentType) {}

    /** The outcome: an accepted file, or the message key saying why not. */
    record Outcome(Optional<Accepted> accepted, String problem) {

        static Outcome refused(String problem) {
            return new Outcome(Optional.empty(), problem);
        }
    }

    private FileCheck() {}

    static String allowedExtensions() {
        return "PDF, PPTX, DOCX, XLSX, MP4, PNG, JPEG";
    }

    static Outcome check(String originalName, long size, byte[] head, long maxBytes) {
        if (originalName == null || originalName.isBlank()) {
            return Outcome.refused("file.problem.missing");
        }
        String name = Normalizer.normalize(originalName, Normalizer.Form.NFC);
        if (name.length() > 200 || UNSAFE_NAME.matcher(name).find()) {
            return Outcome.refused("file.problem.name");
        }
        int dot = name.lastIndexOf('.');
        Allowed allowed = dot < 1 ? null : ALLOWED.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (allowed == null) {
            return Outcome.refused("file.problem.type");
        }
        if (size <= 0) {
            return Outcome.refused("file.problem.empty");
        }
        if (size > maxBytes) {
            return Outcome.refused("file.problem.tooBig");
        }
        if (!looksLike(allowed.kind(), head)) {
            return Outcome.refused("file.problem.content");
        }
        return new Outcome(
                Optional.of(new Accepted(NOT_PLAIN.matcher(name).replaceAll("_"), allowed.contentType())), null);
    }

    private static boolean looksLike(Kind kind, byte[] head) {
        return switch (kind) {
            case PDF -> startsWith(head, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case OFFICE -> startsWith(head, 0, new byte[] {'P', 'K', 3, 4});
            case MP4 -> startsWith(head, 4, "ftyp".getBytes(StandardCharsets.US_ASCII));
            case PNG -> startsWith(head, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            case JPEG -> startsWith(head, 0, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
        };
    }

    private static boolean startsWith(byte[] head, int offset, byte[] magic) {
        return head.length >= offset + magic.length
                && Arrays.equals(head, offset, offset + magic.length, magic, 0, magic.length);
    }
}
