package com.partnerportal.dashboards;

import java.util.List;

/**
 * One chart's data: categories along one axis, one or more named series of counts.
 *
 * @param kind "bar", "stacked" or "line", as the browser draws it
 * @param categories the labels of the x axis (weeks, reasons, companies…)
 */
record Chart(String id, String kind, List<String> categories, List<Series> series) {

    record Series(String name, List<Long> values) {}

    boolean empty() {
        return categories.isEmpty();
    }
}
