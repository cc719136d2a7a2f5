package com.partnerportal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;

/**
 * A list of one word per line shipped with the portal (the data packages that scripts/refresh-data.sh
 * brings), read once at start. The lists hold up to 120,000 lines, so each is read whole and split into a set
 * sized for its lines, not copied again: the start time counts them (docs/performance.md).
 */
public final class WordList {

    private WordList() {}

    /** The list's lines, trimmed, without blank ones; unmodifiable. */
    public static Set<String> load(String resource) {
        String text;
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is missing: run scripts/refresh-data.sh", e);
        }
        var words = HashSet.<String>newHashSet(lineCount(text));
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String word = text.substring(start, end).strip();
            if (!word.isEmpty()) {
                words.add(word);
            }
            start = end + 1;
        }
        return Collections.unmodifiableSet(words);
    }

    private static int lineCount(String text) {
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        return lines;
    }
}
