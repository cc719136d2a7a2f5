package com.partnerportal.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;

/** A file attached to a message, on its way in. */
record Attachment(String originalName, long size, InputStream content) {

    /** The form's file, unless none was chosen. */
    static Optional<Attachment> of(MultipartFile file) throws IOException {
        if (file == null
                || file.getOriginalFilename() == null
                || file.getOriginalFilename().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Attachment(file.getOriginalFilename(), file.getSize(), file.getInputStream()));
    }

    /** The file was refused before anything changed; the key says why. */
    static class Refused extends RuntimeException {

        private final String problem;

        Refused(String problem) {
            super(problem, null, false, false);
            this.problem = problem;
        }

        String problem() {
            return problem;
        }
    }
}
