package com.partnerportal.dashboards;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;

/**
 * A chart as a page shows it: its title, labels in the reader's language, the same figures as a
 * table, and the JSON the browser draws from (escaped so that no label can end the attribute).
 */
record ChartView(String id, String kind, String title, List<String> categories, List<Chart.Series> series) {

    static ChartView of(Chart chart, MessageSource messages, Locale locale) {
        return new ChartView(
                chart.id(),
                chart.kind(),
                messages.getMessage("dashboard.chart." + chart.id(), null, locale),
                chart.categories().stream()
                        .map(category -> messages.getMessage("dashboard.category." + category, null, category, locale))
                        .toList(),
                chart.series().stream()
                        .map(series -> new Chart.Series(
                                messages.getMessage("dashboard.series." + series.name(), null, series.name(), locale),
                                series.values()))
                        .toList());
    }

    public boolean empty() {
        return categories.isEmpty()
                || series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == 0));
    }

    public List<List<Long>> rows() {
        return IntStream.range(0, categories.size())
                .mapToObj(i -> series.stream().map(s -> s.values().get(i)).toList())
                .toList();
    }

    public String json() {
        return "{\"kind\":" + quote(kind) + ",\"categories\":"
                + categories.stream().map(ChartView::quote).collect(Collectors.joining(",", "[", "]"))
                + ",\"series\":"
                + series.stream()
                        .map(s -> "{\"name\":" + quote(s.name()) + ",\"data\":"
                                + s.values().stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"))
                                + "}")
                        .collect(Collectors.joining(",", "[", "]"))
                + "}";
    }

    private static String quote(String text) {
        var out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
