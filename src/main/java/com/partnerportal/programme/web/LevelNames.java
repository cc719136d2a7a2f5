package com.partnerportal.programme.web;

import com.partnerportal.programme.LevelChoice;
import com.partnerportal.programme.LevelId;
import com.partnerportal.programme.internal.CertificationCriterion;
import com.partnerportal.programme.internal.Level;
import com.partnerportal.university.CertificationTitle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** How the programme pages name levels, {@code ${@levelNames.of(levels, id, #locale)}}. */
@Component("levelNames")
public class LevelNames {

    private final MessageSource messages;

    LevelNames(MessageSource messages) {
        this.messages = messages;
    }

    public String of(List<Level> levels, LevelId id, Locale language) {
        return id == null
                ? messages.getMessage("programme.noLevelName", null, language)
                : levels.stream()
                        .filter(level -> level.id().equals(id))
                        .map(level -> level.name(language))
                        .findFirst()
                        .orElse("");
    }

    public List<LevelChoice> options(List<Level> levels, Locale language) {
        return levels.stream()
                .filter(level -> !level.retired())
                .map(level -> new LevelChoice(level.id().toString(), level.name(language)))
                .toList();
    }

    /** The certifications a criterion names, "A / B", as the reader reads them. */
    public String certifications(
            CertificationCriterion criterion, Map<UUID, CertificationTitle> titles, Locale language) {
        return criterion.anyOf().stream()
                .map(id -> titles.containsKey(id) ? titles.get(id).title(language) : "?")
                .sorted()
                .collect(Collectors.joining(" / "));
    }

    public Map<UUID, Level> byId(List<Level> levels) {
        return levels.stream().collect(Collectors.toMap(level -> level.id().value(), level -> level));
    }
}
