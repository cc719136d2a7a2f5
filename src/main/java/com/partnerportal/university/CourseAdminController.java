package com.partnerportal.university;

import com.partnerportal.shared.Choices;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.WebAddresses;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final Learning learning;
    private final ApplicationEventPublisher events;

    CourseAdminController(Catalogue catalogue, Learning learning, ApplicationEventPublisher events) {
        this.catalogue = catalogue;
        this.learning = learning;
        this.events = events;
    }

    @GetMapping("/admin/courses")
    String list(Model model) {
        model.addAttribute("entries", catalogue.all());
        model.addAttribute("tracks", Track.values());
        model.addAttribute("languages", Course.LANGUAGES);
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
        model.addAttribute("languages", Course.LANGUAGES);
        model.addAttribute("lessons", learning.lessons(id));
        model.addAttribute("quiz", learning.quiz(id));
        return "university/admin-course";
    }

    @PostMapping("/admin/courses/{id}/lessons")
    @Transactional
    String addLesson(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Principal admin,
            RedirectAttributes redirect) {
        var entry = catalogue.find(id).orElseThrow(NotFoundException::new);
        Map<String, String> errors = new LinkedHashMap<>();
        String titleEn = text(form, "lessonTitleEn", 200, errors);
        String titleFr = text(form, "lessonTitleFr", 200, errors);
        String bodyEn = text(form, "lessonBodyEn", 20_000, errors);
        String bodyFr = text(form, "lessonBodyFr", 20_000, errors);
        String video = form.getOrDefault("lessonVideo", "").strip();
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("problems", List.of("courses.error.lesson"));
            return "redirect:/admin/courses/" + id;
        }
        if (!video.isEmpty() && !WebAddresses.isHttps(video)) {
            redirect.addFlashAttribute("problems", List.of("courses.error.video"));
            return "redirect:/admin/courses/" + id;
        }
        learning.addLesson(id, titleEn, titleFr, bodyEn, bodyFr, video.isEmpty() ? null : video);
        events.publishEvent(new CourseChanged(
                admin.getName(),
                id,
                "Lesson \"" + titleEn + "\" added to " + entry.course().slug()));
        redirect.addFlashAttribute("notice", "courses.lessonAdded");
        return "redirect:/admin/courses/" + id;
    }

    @PostMapping("/admin/courses/{id}/lessons/{lesson}/delete")
    @Transactional
    String removeLesson(
            @PathVariable UUID id, @PathVariable UUID lesson, Principal admin, RedirectAttributes redirect) {
        return removed(
                learning.removeLesson(id, lesson),
                id,
                admin,
                "Lesson " + lesson + " removed",
                "courses.lessonRemoved",
                redirect);
    }

    @PostMapping("/admin/courses/{id}/questions")
    @Transactional
    String addQuestion(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Principal admin,
            RedirectAttributes redirect) {
        var entry = catalogue.find(id).orElseThrow(NotFoundException::new);
        Map<String, String> errors = new LinkedHashMap<>();
        String promptEn = text(form, "promptEn", 1000, errors);
        String promptFr = text(form, "promptFr", 1000, errors);
        List<String> choicesEn = lines(form.get("choicesEn"));
        List<String> choicesFr = lines(form.get("choicesFr"));
        int correct = -1;
        try {
            correct = Integer.parseInt(form.getOrDefault("correct", "").strip()) - 1;
        } catch (NumberFormatException notANumber) {
            errors.put("correct", "x");
        }
        if (choicesEn.size() < 2
                || choicesEn.size() > 6
                || choicesFr.size() != choicesEn.size()
                || choicesEn.stream().anyMatch(c -> c.length() > 300)
                || choicesFr.stream().anyMatch(c -> c.length() > 300)
                || correct < 0
                || correct >= choicesEn.size()) {
            errors.put("choices", "x");
        }
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("problems", List.of("courses.error.question"));
            return "redirect:/admin/courses/" + id;
        }
        learning.addQuestion(id, promptEn, promptFr, choicesEn, choicesFr, correct);
        events.publishEvent(new CourseChanged(
                admin.getName(), id, "Quiz question added to " + entry.course().slug()));
        redirect.addFlashAttribute("notice", "courses.questionAdded");
        return "redirect:/admin/courses/" + id;
    }

    @PostMapping("/admin/courses/{id}/questions/{question}/delete")
    @Transactional
    String removeQuestion(
            @PathVariable UUID id, @PathVariable UUID question, Principal admin, RedirectAttributes redirect) {
        return removed(
                learning.removeQuestion(id, question),
                id,
                admin,
                "Quiz question " + question + " removed",
                "courses.questionRemoved",
                redirect);
    }

    /** After removing a lesson or a question: 404 if there was none, else audited and back to the course. */
    private String removed(
            boolean found, UUID id, Principal admin, String details, String notice, RedirectAttributes redirect) {
        if (!found) {
            throw new NotFoundException();
        }
        events.publishEvent(new CourseChanged(admin.getName(), id, details));
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/courses/" + id;
    }

    private static String text(Map<String, String> form, String field, int max, Map<String, String> errors) {
        String value = form.getOrDefault(field, "").strip();
        if (value.isEmpty()
                || value.length() > max
                || value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            errors.put(field, "x");
        }
        return value;
    }

    private static List<String> lines(String value) {
        return value == null
                ? List.of()
                : value.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
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
            // A copy: the flash travels in the session row, and a map's view of its values is not serialisable.
            redirect.addFlashAttribute("problems", List.copyOf(errors.values()));
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
        if (Choices.named(Track.class, form.get("track")).isEmpty()) {
            errors.put("track", "courses.error.track");
        }
        if (!Course.LANGUAGES.contains(form.getOrDefault("language", ""))) {
            errors.put("language", "courses.error.language");
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
        try {
            quizPolicy(form);
        } catch (IllegalArgumentException outOfRange) {
            errors.put("quizAttempts", "courses.error.quizPolicy");
        }
        return errors;
    }

    /** A form without the quiz policy's fields keeps the defaults. */
    private static QuizPolicy quizPolicy(Map<String, String> form) {
        return new QuizPolicy(
                Integer.parseInt(form.getOrDefault("quizAttempts", String.valueOf(QuizPolicy.DEFAULT.attempts()))
                        .strip()),
                Integer.parseInt(
                        form.getOrDefault("quizCooldownHours", String.valueOf(QuizPolicy.DEFAULT.cooldownHours()))
                                .strip()));
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
                Integer.parseInt(form.get("durationMinutes").strip()),
                form.get("language"),
                quizPolicy(form));
    }
}
