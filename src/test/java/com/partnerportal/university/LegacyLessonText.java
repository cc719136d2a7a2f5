package com.partnerportal.university;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * How lessons were rendered before Markdown (R5.7): paragraphs at blank lines, "- " lists, **bold**
 * and https links, everything else escaped. Kept here to show that the migration to Markdown
 * renders every old lesson as it was.
 */
final class LegacyLessonText {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern LINK = Pattern.compile("https://[^\\s<]+");

    private LegacyLessonText() {}

    public static String html(String text) {
        return Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(block -> !block.isEmpty())
                .map(LegacyLessonText::block)
                .collect(Collectors.joining("\n"));
    }

    private static String block(String block) {
        var lines = block.lines().map(String::strip).toList();
        if (lines.stream().allMatch(line -> line.startsWith("- "))) {
            return lines.stream()
                    .map(line -> "<li>" + inline(line.substring(2)) + "</li>")
                    .collect(Collectors.joining("", "<ul>", "</ul>"));
        }
        return lines.stream().map(LegacyLessonText::inline).collect(Collectors.joining("<br>", "<p>", "</p>"));
    }

    private static String inline(String raw) {
        String escaped = HtmlUtils.htmlEscape(raw);
        String bold = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        return LINK.matcher(bold)
                .replaceAll(match ->
                        "<a href=\"" + match.group() + "\" rel=\"noopener noreferrer\">" + match.group() + "</a>");
    }
}
