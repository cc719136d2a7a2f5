package com.partnerportal.programme.internal;

import com.partnerportal.partners.Benefits;
import com.partnerportal.programme.LevelId;
import com.partnerportal.programme.LevelView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A programme level (R10.1): its place in the order, what a company needs for it and what it gives.
 *
 * @param certifications every row must be met
 * @param dealsWon deals won in the last 12 months, at least
 * @param wonValue their value in the reporting currency, at least
 */
public record Level(
        LevelId id,
        int rank,
        String nameEn,
        String nameFr,
        List<CertificationCriterion> certifications,
        int dealsWon,
        BigDecimal wonValue,
        Benefits benefits,
        boolean retired) {

    public Level {
        certifications = List.copyOf(certifications);
    }

    public String name(Locale language) {
        return "fr".equals(language.getLanguage()) ? nameFr : nameEn;
    }

    public LevelView view() {
        return new LevelView(id, rank, nameEn, nameFr, retired);
    }
}
