package com.partnerportal.support.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;

/** A file attached to a message, on its way in. */
public record Attachment(String originalName, long size, InputStream content) {

    /** The form's file, unless none was chosen. */
    public static Optional<Attachment> of(MultipartFile file) throws IOException {
        if (file == null
                || file.getOriginalFilename() == null
                || file.getOriginalFilename().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Attachment(file.getOriginalFilename(), file.getSize(), file.getInputStream()));
    }

    /** The file was refused before anything changed; the key says why. */
    public static class Refused extends RuntimeException {

        private final String problem;

        Refused(String problem) {
            super(problem, null, false, false);
            this.problem = problem;
        }

        public String problem() {
            return problem;
        }
    }
}
