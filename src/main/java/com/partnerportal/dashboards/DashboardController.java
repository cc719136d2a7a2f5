package com.partnerportal.dashboards;

import com.partnerportal.partners.Partners;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The vendor's dashboard and each distributor's (R3.8, R5, R6, R7.1 at a glance): the same charts, the distributor's
 * restricted to its own requests and current partners. Every chart downloads as CSV.
 */
@Controller
class DashboardController {

    private static final List<String> DEAL_CHARTS =
            List.of("dealPipeline", "dealValue", "dealDecisions", "dealOutcomes", "dealWinRate", "dealExpiring");
    private static final List<String> LEVEL_CHARTS = List.of("levels", "levelMoves");
    private static final List<String> VENDOR_CHARTS = concat(
            List.of("funnel", "reasons", "distributors", "backlog", "seats", "learning", "downloads", "support"),
            concat(DEAL_CHARTS, LEVEL_CHARTS));
    private static final List<String> DISTRIBUTOR_CHARTS = concat(
            List.of("funnel", "reasons", "backlog", "seats", "learning", "downloads", "support"),
            concat(DEAL_CHARTS, LEVEL_CHARTS));

    private final DashboardQueries queries;
    private final Partners partners;
    private final MessageSource messages;

    DashboardController(DashboardQueries queries, Partners partners, MessageSource messages) {
        this.queries = queries;
        this.partners = partners;
        this.messages = messages;
    }

    @GetMapping("/admin/dashboard")
    @PreAuthorize("hasRole('VENDOR_ADMIN')")
    String vendor(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale,
            Model model) {
        var range = DateRange.parse(from, to, today());
        return page(Scope.vendor(range.from(), range.to()), range, VENDOR_CHARTS, "/admin/dashboard", locale, model);
    }

    @GetMapping("/admin/dashboard/{chart}.csv")
    @PreAuthorize("hasRole('VENDOR_ADMIN')")
    void vendorCsv(
            @PathVariable String chart,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var range = DateRange.parse(from, to, today());
        csv(Scope.vendor(range.from(), range.to()), chart, VENDOR_CHARTS, locale, response);
    }

    @GetMapping("/distributor/{id}/dashboard")
    String distributor(
            @PathVariable UUID id,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @AuthenticationPrincipal PortalPrincipal caller,
            Locale locale,
            Model model) {
        var distributor = partners.consoleOf(caller, id);
        var range = DateRange.parse(from, to, today());
        var scope = Scope.distributor(distributor.id().value(), range.from(), range.to());
        model.addAttribute("distributor", distributor);
        model.addAttribute("partners", queries.partners(scope));
        return page(scope, range, DISTRIBUTOR_CHARTS, "/distributor/" + id + "/dashboard", locale, model);
    }

    @GetMapping("/distributor/{id}/dashboard/{chart}.csv")
    void distributorCsv(
            @PathVariable UUID id,
            @PathVariable String chart,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @AuthenticationPrincipal PortalPrincipal caller,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var distributor = partners.consoleOf(caller, id);
        var range = DateRange.parse(from, to, today());
        csv(
                Scope.distributor(distributor.id().value(), range.from(), range.to()),
                chart,
                DISTRIBUTOR_CHARTS,
                locale,
                response);
    }

    /** A partner company's own deal registrations (R9.9); anyone else is told there is no such page. */
    @GetMapping("/deals/dashboard")
    String partner(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @AuthenticationPrincipal PortalPrincipal caller,
            Locale locale,
            Model model) {
        var range = DateRange.parse(from, to, today());
        model.addAttribute("dealsOnly", true);
        return page(companyScope(caller, range), range, DEAL_CHARTS, "/deals/dashboard", locale, model);
    }

    @GetMapping("/deals/dashboard/{chart}.csv")
    void partnerCsv(
            @PathVariable String chart,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @AuthenticationPrincipal PortalPrincipal caller,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var range = DateRange.parse(from, to, today());
        csv(companyScope(caller, range), chart, DEAL_CHARTS, locale, response);
    }

    private static Scope companyScope(PortalPrincipal caller, DateRange range) {
        if (caller.companyId() == null) {
            throw new NotFoundException();
        }
        return Scope.company(caller.companyId(), range.from(), range.to());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    /** One partner's figures; another distributor's partner answers 404 (R8.3). */
    @GetMapping("/distributor/{id}/dashboard/companies/{company}")
    String company(
            @PathVariable UUID id,
            @PathVariable UUID company,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @AuthenticationPrincipal PortalPrincipal caller,
            Model model) {
        var distributor = partners.consoleOf(caller, id);
        if (!queries.isPartner(distributor.id().value(), company)) {
            throw new NotFoundException();
        }
        var range = DateRange.parse(from, to, today());
        var scope = Scope.distributor(distributor.id().value(), range.from(), range.to());
        model.addAttribute("distributor", distributor);
        model.addAttribute(
                "company",
                partners.company(new com.partnerportal.partners.CompanyId(company))
                        .orElseThrow(NotFoundException::new));
        model.addAttribute("figures", queries.company(company, scope));
        model.addAttribute("range", range);
        return "dashboards/company";
    }

    private String page(Scope scope, DateRange range, List<String> charts, String base, Locale locale, Model model) {
        model.addAttribute("range", range);
        model.addAttribute("base", base);
        // The charts' queries are independent: run them side by side, each on its own connection.
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var totals = executor.submit(() -> scope.companyId() == null ? queries.totals(scope) : null);
            List<Future<Chart>> drawn = charts.stream()
                    .map(id -> executor.submit(() -> chart(id, locale).apply(scope)))
                    .toList();
            model.addAttribute("totals", totals.get());
            List<ChartView> views = new java.util.ArrayList<>();
            for (var chart : drawn) {
                views.add(ChartView.of(chart.get(), messages, locale));
            }
            model.addAttribute("charts", views);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException(failed.getCause());
        }
        return "dashboards/dashboard";
    }

    private void csv(Scope scope, String id, List<String> allowed, Locale locale, HttpServletResponse response)
            throws IOException {
        if (!allowed.contains(id)) {
            throw new NotFoundException();
        }
        var view = ChartView.of(chart(id, locale).apply(scope), messages, locale);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(id + "-" + scope.from() + "-" + scope.to() + ".csv")
                        .build()
                        .toString());
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (var csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            var header = new java.util.ArrayList<String>();
            header.add(messages.getMessage("dashboard.csv.category", null, locale));
            view.series().forEach(series -> header.add(series.name()));
            csv.printRecord(header);
            for (int i = 0; i < view.categories().size(); i++) {
                var row = new java.util.ArrayList<Object>();
                row.add(spreadsheetSafe(view.categories().get(i)));
                for (var value : view.rows().get(i)) {
                    row.add(value);
                }
                csv.printRecord(row);
            }
        }
    }

    private Function<Scope, Chart> chart(String id, Locale locale) {
        return switch (id) {
            case "funnel" -> queries::funnel;
            case "reasons" -> queries::reasons;
            case "distributors" -> queries::distributors;
            case "backlog" -> queries::backlog;
            case "seats" -> queries::seats;
            case "learning" -> queries::learning;
            case "downloads" -> queries::downloads;
            case "support" -> queries::support;
            case "dealPipeline" -> queries::dealPipeline;
            case "dealValue" -> queries::dealValue;
            case "dealDecisions" -> queries::dealDecisions;
            case "dealOutcomes" -> queries::dealOutcomes;
            case "dealWinRate" -> queries::dealWinRate;
            case "dealExpiring" -> queries::dealExpiring;
            case "levels" -> scope -> queries.levels(scope, "fr".equals(locale.getLanguage()));
            case "levelMoves" -> queries::levelMoves;
            default -> throw new NotFoundException();
        };
    }

    /** A name that starts like a formula is prefixed, so that a spreadsheet shows it instead of running it. */
    private static String spreadsheetSafe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
