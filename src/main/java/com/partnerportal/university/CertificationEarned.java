package com.partnerportal.university;

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
    public String actor() {
        return email;
    }

    @Override
    public String action() {
        return "certification.earned";
    }

    @Override
    public String targetType() {
        return "account";
    }

    @Override
    public String targetId() {
        return accountId.toString();
    }

    @Override
    public String details() {
        return "Certification earned: " + certificationEn;
    }
}
