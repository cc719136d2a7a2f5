package com.partnerportal.university;

import com.partnerportal.shared.NotFoundException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor admins create, edit, publish and retire courses (R5.1). */
@Controller
@PreAuthorize("hasRole('VENDOR_ADMIN')")
class CourseAdminController {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Set<String> STATUSES = Set.of("DRAFT", "PUBLISHED", "RETIRED");

    private final Catalogue catalogue;
    private final ApplicationEventPublisher events;

    CourseAdminController(Catalogue catalogue, ApplicationEventPublisher events) {
        this.catalogue = catalogue;
        this.events = events;
    }

    @GetMapping("/admin/courses")
    String list(Model model) {
        model.addAttribute("entries", catalogue.all());
        model.addAttribute("tracks", Track.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "university/admin-courses";
    }

    @PostMapping("/admin/courses")
    @Transactional
    String create(@RequestParam Map<String, String> form, Principal admin, Model model, RedirectAttributes redirect) {
        var errors = check(form, true);
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return list(model);
        }
        var course = course(UUID.randomUUID(), form);
        catalogue.add(course);
        catalogue.update(course, "DRAFT");
        events.publishEvent(
                new CourseChanged(admin.getName(), course.id(), "Course " + course.slug() + " created as draft"));
        redirect.addFlashAttribute("notice", "courses.created");
        return "redirect:/admin/courses/" + course.id();
    }

    @GetMapping("/admin/courses/{id}")
    String edit(@PathVariable UUID id, Model model) {
        var entry = catalogue.find(id).orElseThrow(NotFoundException::new);
        model.addAttribute("entry", entry);
        model.addAttribute("tracks", Track.values());
        return "university/admin-course";
    }

    @PostMapping("/admin/courses/{id}")
    @Transactional
    String save(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Principal admin,
            RedirectAttributes redirect) {
        var entry = catalogue.find(id).orElseThrow(NotFoundException::new);
        var errors = check(form, false);
        String status = form.getOrDefault("status", entry.status());
        if (!STATUSES.contains(status)) {
            errors.put("status", "courses.error.status");
        }
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("problems", errors.values());
            return "redirect:/admin/courses/" + id;
        }
        var updated = course(id, Map.of("slug", entry.course().slug()), form);
        catalogue.update(updated, status);
        events.publishEvent(new CourseChanged(
                admin.getName(), id, "Course " + entry.course().slug() + " saved as " + status));
        redirect.addFlashAttribute("notice", "courses.saved");
        return "redirect:/admin/courses/" + id;
    }

    private Map<String, String> check(Map<String, String> form, boolean creating) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (creating) {
            String slug = form.getOrDefault("slug", "").strip();
            if (!SLUG.matcher(slug).matches()) {
                errors.put("slug", "courses.error.slug");
            } else if (catalogue.slugTaken(slug)) {
                errors.put("slug", "courses.error.slugTaken");
            }
        }
        try {
            Track.valueOf(form.getOrDefault("track", ""));
        } catch (IllegalArgumentException unknown) {
            errors.put("track", "courses.error.track");
        }
        for (String field : new String[] {"titleEn", "titleFr", "summaryEn", "summaryFr"}) {
            String value = form.getOrDefault(field, "").strip();
            if (value.isEmpty() || value.length() > (field.startsWith("title") ? 200 : 2000)) {
                errors.put(field, "courses.error.text");
            }
        }
        try {
            int minutes =
                    Integer.parseInt(form.getOrDefault("durationMinutes", "").strip());
            if (minutes < 1 || minutes > 10_000) {
                errors.put("durationMinutes", "courses.error.duration");
            }
        } catch (NumberFormatException notANumber) {
            errors.put("durationMinutes", "courses.error.duration");
        }
        return errors;
    }

    private static Course course(UUID id, Map<String, String> form) {
        return course(id, form, form);
    }

    private static Course course(UUID id, Map<String, String> identity, Map<String, String> form) {
        return new Course(
                id,
                identity.get("slug").strip(),
                Track.valueOf(form.get("track")),
                form.get("titleEn").strip(),
                form.get("titleFr").strip(),
                form.get("summaryEn").strip(),
                form.get("summaryFr").strip(),
                Integer.parseInt(form.get("durationMinutes").strip()));
    }
}
