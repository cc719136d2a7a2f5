package com.partnerportal.university;

import com.partnerportal.shared.AuditEntry;
import com.partnerportal.shared.AuditableEvent;
import java.util.Locale;
import java.util.UUID;

/** A user completed every course of a certification and holds it now (R5.6); they are emailed. */
public record CertificationEarned(
        UUID accountId,
        String email,
        String firstName,
        Locale locale,
        String certificationEn,
        String certificationFr,
        String verificationPath)
        implements AuditableEvent {

    public String certification(Locale language) {
        return "fr".equals(language.getLanguage()) ? certificationFr : certificationEn;
    }

    @Override
    public AuditEntry audit() {
        return new AuditEntry(
                email,
                "certification.earned",
                "account",
                accountId.toString(),
                "Certification earned: " + certificationEn);
    }
}
