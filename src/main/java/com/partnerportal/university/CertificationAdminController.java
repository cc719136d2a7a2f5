package com.partnerportal.university;

import com.partnerportal.shared.Choices;
import com.partnerportal.shared.NotFoundException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor admins define, edit and retire certifications: a track and the courses that earn it (R5.6); audited. */
@Controller
@PreAuthorize("hasRole('VENDOR_ADMIN')")
class CertificationAdminController {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final Learning learning;
    private final Catalogue catalogue;
    private final ApplicationEventPublisher events;

    CertificationAdminController(Learning learning, Catalogue catalogue, ApplicationEventPublisher events) {
        this.learning = learning;
        this.catalogue = catalogue;
        this.events = events;
    }

    @GetMapping("/admin/certifications")
    String list(Model model) {
        model.addAttribute("certifications", learning.certifications());
        model.addAttribute("courses", catalogue.published());
        model.addAttribute("tracks", Track.values());
        return "university/admin-certifications";
    }

    @PostMapping("/admin/certifications")
    @Transactional
    String create(@RequestParam MultiValueMap<String, String> form, Principal admin, RedirectAttributes redirect) {
        List<String> problems = new ArrayList<>();
        String slug = first(form, "slug");
        if (!SLUG.matcher(slug).matches()) {
            problems.add("courses.error.slug");
        } else if (learning.certificationSlugTaken(slug)) {
            problems.add("courses.error.slugTaken");
        }
        Track track = Choices.named(Track.class, first(form, "track")).orElse(null);
        if (track == null) {
            problems.add("courses.error.track");
        }
        String titleEn = first(form, "titleEn");
        String titleFr = first(form, "titleFr");
        if (titleEn.isEmpty() || titleEn.length() > 200 || titleFr.isEmpty() || titleFr.length() > 200) {
            problems.add("courses.error.text");
        }
        List<UUID> courses = chosenCourses(form);
        if (courses.isEmpty()) {
            problems.add("certifications.error.courses");
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/admin/certifications";
        }
        UUID id = learning.createCertification(slug, track, titleEn, titleFr, courses);
        events.publishEvent(new CertificationChanged(
                admin.getName(), id, "Certification " + slug + " created with " + courses.size() + " course(s)"));
        redirect.addFlashAttribute("notice", "certifications.created");
        return "redirect:/admin/certifications";
    }

    @GetMapping("/admin/certifications/{id}")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute(
                "certification",
                learning.certifications().stream()
                        .filter(c -> c.id().equals(id))
                        .findFirst()
                        .orElseThrow(NotFoundException::new));
        model.addAttribute("courses", catalogue.published());
        return "university/admin-certification";
    }

    @PostMapping("/admin/certifications/{id}")
    @Transactional
    String save(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Principal admin,
            RedirectAttributes redirect) {
        List<String> problems = new ArrayList<>();
        String titleEn = first(form, "titleEn");
        String titleFr = first(form, "titleFr");
        if (titleEn.isEmpty() || titleEn.length() > 200 || titleFr.isEmpty() || titleFr.length() > 200) {
            problems.add("courses.error.text");
        }
        String status = first(form, "status");
        if (!Set.of("ACTIVE", "RETIRED").contains(status)) {
            problems.add("courses.error.status");
        }
        List<UUID> courses = chosenCourses(form);
        if (courses.isEmpty()) {
            problems.add("certifications.error.courses");
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/admin/certifications/" + id;
        }
        if (!learning.updateCertification(id, titleEn, titleFr, status, courses)) {
            throw new NotFoundException();
        }
        events.publishEvent(new CertificationChanged(
                admin.getName(), id, "Certification saved as " + status + " with " + courses.size() + " course(s)"));
        redirect.addFlashAttribute("notice", "certifications.saved");
        return "redirect:/admin/certifications/" + id;
    }

    private List<UUID> chosenCourses(MultiValueMap<String, String> form) {
        Set<UUID> published = new java.util.HashSet<>();
        catalogue.published().forEach(course -> published.add(course.id()));
        List<UUID> courses = new ArrayList<>();
        for (String value : form.getOrDefault("course", List.of())) {
            try {
                UUID course = UUID.fromString(value);
                if (published.contains(course) && !courses.contains(course)) {
                    courses.add(course);
                }
            } catch (IllegalArgumentException notAnId) {
                // not a course of the list: left out, and refused below if nothing is left
            }
        }
        return courses;
    }

    private static String first(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }
}
