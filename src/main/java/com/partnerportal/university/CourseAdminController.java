package com.partnerportal.university;

import com.partnerportal.shared.FormRefusedException;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor admins create, edit, publish and retire courses (R5.1). */
@Controller
class CourseAdminController {

    private final CourseAdministration administration;

    CourseAdminController(CourseAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin/courses")
    String list(Model model) {
        model.addAttribute("entries", administration.all());
        model.addAttribute("tracks", Track.values());
        model.addAttribute("languages", Course.LANGUAGES);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "university/admin-courses";
    }

    @PostMapping("/admin/courses")
    String create(@RequestParam Map<String, String> form, Principal admin, Model model, RedirectAttributes redirect) {
        try {
            UUID id = administration.create(form, admin.getName());
            redirect.addFlashAttribute("notice", "courses.created");
            return "redirect:/admin/courses/" + id;
        } catch (FormRefusedException refused) {
            model.addAttribute("form", form);
            model.addAttribute("errors", refused.errors());
            return list(model);
        }
    }

    @GetMapping("/admin/courses/{id}")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("entry", administration.find(id));
        model.addAttribute("tracks", Track.values());
        model.addAttribute("languages", Course.LANGUAGES);
        model.addAttribute("lessons", administration.lessons(id));
        model.addAttribute("quiz", administration.quiz(id));
        model.addAttribute("statuses", CourseStatus.values());
        return "university/admin-course";
    }

    @PostMapping("/admin/courses/{id}")
    String save(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Principal admin,
            RedirectAttributes redirect) {
        return back(id, redirect, "courses.saved", () -> administration.save(id, form, admin.getName()));
    }

    @PostMapping("/admin/courses/{id}/lessons")
    String addLesson(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Principal admin,
            RedirectAttributes redirect) {
        return back(id, redirect, "courses.lessonAdded", () -> administration.addLesson(id, form, admin.getName()));
    }

    @PostMapping("/admin/courses/{id}/lessons/{lesson}/delete")
    String removeLesson(
            @PathVariable UUID id, @PathVariable UUID lesson, Principal admin, RedirectAttributes redirect) {
        return back(
                id, redirect, "courses.lessonRemoved", () -> administration.removeLesson(id, lesson, admin.getName()));
    }

    @PostMapping("/admin/courses/{id}/questions")
    String addQuestion(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Principal admin,
            RedirectAttributes redirect) {
        return back(id, redirect, "courses.questionAdded", () -> administration.addQuestion(id, form, admin.getName()));
    }

    @PostMapping("/admin/courses/{id}/questions/{question}/delete")
    String removeQuestion(
            @PathVariable UUID id, @PathVariable UUID question, Principal admin, RedirectAttributes redirect) {
        return back(
                id,
                redirect,
                "courses.questionRemoved",
                () -> administration.removeQuestion(id, question, admin.getName()));
    }

    /** Back to the course, with the notice when the change was made, the problems when it was refused. */
    private static String back(UUID id, RedirectAttributes redirect, String notice, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (FormRefusedException refused) {
            redirect.addFlashAttribute("problems", refused.problems());
        }
        return "redirect:/admin/courses/" + id;
    }
}
