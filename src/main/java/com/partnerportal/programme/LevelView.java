package com.partnerportal.programme;

import java.util.Locale;

/** A programme level as other modules see it: its place in the order (1 = lowest) and its name. */
public record LevelView(LevelId id, int rank, String nameEn, String nameFr, boolean retired) {

    public String name(Locale language) {
        return "fr".equals(language.getLanguage()) ? nameFr : nameEn;
    }
}
