package com.partnerportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule the sources cite ({@code R3.5a}) is stated in {@code docs/rules.md}, in the project's words. */
class RulesDocumentedTest {

    private static final Pattern CITED = Pattern.compile("\\bR(\\d+\\.\\d+[a-z]?)\\b");
    private static final Pattern DEFINED = Pattern.compile("\\*\\*R(\\d+\\.\\d+[a-z]?)\\*\\*");

    @Test
    void everyRuleCitedInTheSourcesIsDefined() throws IOException {
        Set<String> cited = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().matches(".*\\.(java|html|sql|properties|js|txt)$"))
                    .filter(file -> !file.toString().contains("/data/")) // domain and password lists
                    .toList()) {
                found(CITED, Files.readString(file), cited);
            }
        }
        Set<String> defined = new TreeSet<>();
        found(DEFINED, Files.readString(Path.of("docs/rules.md")), defined);

        assertThat(cited).contains("3.5a", "8.4");
        assertThat(defined).containsAll(cited);
    }

    private static void found(Pattern pattern, String text, Set<String> into) {
        Matcher match = pattern.matcher(text);
        while (match.find()) {
            into.add(match.group(1));
        }
    }
}
