package com.partnerportal.audit;

import com.partnerportal.shared.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for vendor admins: filter by action, actor and dates. */
@Controller
@PreAuthorize("hasRole('VENDOR_ADMIN')")
class AuditAdminController {

    static final int PAGE_SIZE = 50;

    private final AuditLog log;

    AuditAdminController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String browse(
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        from = plausible(from);
        to = plausible(to);
        var filter = new AuditLog.Filter(
                action,
                actor,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        int current = Math.max(page, 0);
        var result = log.page(filter, current, PAGE_SIZE);
        model.addAttribute("entries", result.entries());
        model.addAttribute("total", result.total());
        model.addAttribute("pages", PageLinks.of(request, current, PAGE_SIZE, result.total()));
        model.addAttribute("actions", log.actions());
        model.addAttribute("action", action);
        model.addAttribute("actor", actor);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "admin/audit";
    }

    /** A date far outside the trail's life filters nothing: it is ignored rather than failing the query. */
    private static LocalDate plausible(LocalDate date) {
        return date == null || date.getYear() < 1970 || date.getYear() > 9999 ? null : date;
    }
}
