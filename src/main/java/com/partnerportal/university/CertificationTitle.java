package com.partnerportal.university;

import java.util.Locale;
import java.util.UUID;

/** A certification as other modules name it. */
public record CertificationTitle(UUID id, String titleEn, String titleFr) {

    public String title(Locale language) {
        return "fr".equals(language.getLanguage()) ? titleFr : titleEn;
    }
}
