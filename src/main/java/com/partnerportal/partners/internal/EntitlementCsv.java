package com.partnerportal.partners.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an entitlement list from CSV (R2.2): a header row with {@code customer_id, company_name,
 * country, domains} (any order, case-insensitive; French headers accepted), domains separated by
 * spaces or semicolons. Every row is checked; nothing is applied here.
 */
public final class EntitlementCsv {

    /** A row that cannot be applied, by its line number in the file. */
    public record RowProblem(long line, String field, String messageKey, List<Object> arguments) {}

    public record Parsed(List<EntitlementDraft> valid, List<RowProblem> problems, int rows, String fileProblem) {

        public int rejectedRows() {
            return (int)
                    problems.stream().mapToLong(RowProblem::line).distinct().count();
        }

        static Parsed unreadable(String messageKey) {
            return new Parsed(List.of(), List.of(), 0, messageKey);
        }
    }

    public static final int MAX_ROWS = 200_000;
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("customer_id", "customerId"),
            Map.entry("customerid", "customerId"),
            Map.entry("customer id", "customerId"),
            Map.entry("id client", "customerId"),
            Map.entry("id_client", "customerId"),
            Map.entry("company_name", "companyName"),
            Map.entry("company", "companyName"),
            Map.entry("company name", "companyName"),
            Map.entry("societe", "companyName"),
            Map.entry("société", "companyName"),
            Map.entry("country", "country"),
            Map.entry("pays", "country"),
            Map.entry("domains", "domains"),
            Map.entry("domain", "domains"),
            Map.entry("domaines", "domains"));

    private EntitlementCsv() {}

    public static Parsed parse(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        char delimiter = guessDelimiter(text);
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (var parser = format.parse(new StringReader(text))) {
            var iterator = parser.iterator();
            if (!iterator.hasNext()) {
                return Parsed.unreadable("entitlements.import.empty");
            }
            Map<String, Integer> columns = columns(iterator.next());
            if (columns.size() < 4) {
                return Parsed.unreadable("entitlements.import.header");
            }
            List<EntitlementDraft> valid = new ArrayList<>();
            List<RowProblem> problems = new ArrayList<>();
            Map<String, Long> seenCustomerIds = new HashMap<>();
            int rows = 0;
            while (iterator.hasNext()) {
                CSVRecord record = iterator.next();
                rows++;
                if (rows > MAX_ROWS) {
                    return Parsed.unreadable("entitlements.import.tooManyRows");
                }
                long line = record.getParser().getCurrentLineNumber();
                var checked = EntitlementDraft.check(
                        field(record, columns.get("customerId")),
                        field(record, columns.get("companyName")),
                        field(record, columns.get("country")),
                        field(record, columns.get("domains")));
                checked.problems()
                        .forEach(p ->
                                problems.add(new RowProblem(line, p.field(), p.messageKey(), List.of(p.arguments()))));
                if (checked.valid()) {
                    Long firstLine = seenCustomerIds.putIfAbsent(checked.draft().customerId(), line);
                    if (firstLine != null) {
                        problems.add(new RowProblem(
                                line, "customerId", "entitlements.import.duplicate", List.of(firstLine)));
                    } else {
                        valid.add(checked.draft());
                    }
                }
            }
            return new Parsed(valid, problems, rows, null);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            return Parsed.unreadable("entitlements.import.unreadable");
        }
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = HEADERS.get(header.get(i).strip().toLowerCase(Locale.ROOT));
            if (name != null) {
                columns.putIfAbsent(name, i);
            }
        }
        return columns;
    }

    private static String field(CSVRecord record, int index) {
        return index < record.size() ? record.get(index) : "";
    }

    /** Spreadsheets in French locales save CSV with semicolons. */
    private static char guessDelimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
