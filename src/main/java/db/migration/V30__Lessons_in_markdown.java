package db.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lessons move from the portal's own markup to Markdown (R5.7) and read as before: a paragraph's
 * line breaks become hard breaks, "- " lines stay a list, **bold** stays bold, https addresses
 * become autolinks, and every other punctuation is escaped, so that nothing the old markup showed
 * as text (an asterisk, a "#", an HTML tag) turns into formatting or markup.
 */
public class V30__Lessons_in_markdown extends BaseJavaMigration {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern LINK = Pattern.compile("https://\\S+");
    private static final Pattern PUNCTUATION = Pattern.compile("[!-/:-@\\[-`{-~]");

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        List<String[]> converted = new ArrayList<>();
        try (var select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT id, body_en, body_fr FROM lesson")) {
            while (rows.next()) {
                converted.add(new String[] {
                    rows.getString("id"), toMarkdown(rows.getString("body_en")), toMarkdown(rows.getString("body_fr"))
                });
            }
        }
        try (var update = connection.prepareStatement(
                "UPDATE lesson SET body_en = left(?, 20000), body_fr = left(?, 20000) WHERE id = ?::uuid")) {
            for (String[] lesson : converted) {
                update.setString(1, lesson[1]);
                update.setString(2, lesson[2]);
                update.setString(3, lesson[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The old markup's text as Markdown that renders the same. */
    public static String toMarkdown(String text) {
        return Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(block -> !block.isEmpty())
                .map(V30__Lessons_in_markdown::block)
                .collect(Collectors.joining("\n\n"));
    }

    private static String block(String block) {
        var lines = block.lines().map(String::strip).toList();
        if (lines.stream().allMatch(line -> line.startsWith("- "))) {
            return lines.stream().map(line -> "- " + inline(line.substring(2))).collect(Collectors.joining("\n"));
        }
        return lines.stream().map(V30__Lessons_in_markdown::inline).collect(Collectors.joining("\\\n"));
    }

    private static String inline(String raw) {
        var markdown = new StringBuilder();
        Matcher bold = BOLD.matcher(raw);
        int at = 0;
        while (bold.find()) {
            markdown.append(links(raw.substring(at, bold.start())));
            markdown.append("**").append(links(bold.group(1))).append("**");
            at = bold.end();
        }
        return markdown.append(links(raw.substring(at))).toString();
    }

    private static String links(String raw) {
        var markdown = new StringBuilder();
        Matcher link = LINK.matcher(raw);
        int at = 0;
        while (link.find()) {
            markdown.append(escaped(raw.substring(at, link.start())));
            String address = link.group();
            markdown.append(address.contains("<") || address.contains(">") ? escaped(address) : "<" + address + ">");
            at = link.end();
        }
        return markdown.append(escaped(raw.substring(at))).toString();
    }

    private static String escaped(String raw) {
        return PUNCTUATION.matcher(raw).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
    }
}
