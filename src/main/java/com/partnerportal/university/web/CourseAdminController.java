package com.partnerportal.university.web;

import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.RefusedForm;
import com.partnerportal.university.Track;
import com.partnerportal.university.internal.Course;
import com.partnerportal.university.internal.CourseAdministration;
import com.partnerportal.university.internal.CourseForm;
import com.partnerportal.university.internal.CourseStatus;
import com.partnerportal.university.internal.LessonFiles;
import com.partnerportal.university.internal.LessonForm;
import com.partnerportal.university.internal.QuestionForm;
import com.partnerportal.university.internal.ScormImports;
import com.partnerportal.university.internal.ScormPlayer;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor admins create, edit, publish and retire courses (R5.1). */
@Controller
class CourseAdminController {

    private final CourseAdministration administration;
    private final ScormImports scormImports;
    private final ScormPlayer scormPlayer;
    private final LessonFiles lessonFiles;

    CourseAdminController(
            CourseAdministration administration,
            ScormImports scormImports,
            ScormPlayer scormPlayer,
            LessonFiles lessonFiles) {
        this.administration = administration;
        this.scormImports = scormImports;
        this.scormPlayer = scormPlayer;
        this.lessonFiles = lessonFiles;
    }

    /** An image or file for a lesson's Markdown (R5.7); the page then shows the Markdown that links to it. */
    @PostMapping("/admin/courses/{id}/lessons/{lesson}/files")
    String attach(
            @PathVariable UUID id,
            @PathVariable UUID lesson,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Principal admin,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", "courses.file.missing");
            return "redirect:/admin/courses/" + id + "#lessons-heading";
        }
        try (var content = file.getInputStream()) {
            lessonFiles.attach(id, lesson, file.getOriginalFilename(), file.getSize(), content, admin.getName());
            redirect.addFlashAttribute("notice", "courses.file.attached");
            return "redirect:/admin/courses/" + id + "#lesson-files-" + lesson;
        } catch (FormRefusedException refused) {
            redirect.addFlashAttribute("problem", refused.errors().get("file"));
            return "redirect:/admin/courses/" + id + "#lessons-heading";
        }
    }

    @GetMapping("/admin/courses/import")
    String importPage(Model model) {
        model.addAttribute("tracks", Track.values());
        model.addAttribute("languages", Course.LANGUAGES);
        if (!model.containsAttribute("course")) {
            model.addAttribute("course", CourseForm.blank());
        }
        return "university/admin-course-import";
    }

    /** A SCORM package becomes a draft course (R5.7); a refused package leaves nothing behind. */
    @PostMapping("/admin/courses/import")
    String importPackage(
            @Valid @ModelAttribute("course") CourseForm form,
            BindingResult result,
            @RequestParam(name = "packageFile", required = false) MultipartFile packageFile,
            Principal admin,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (!result.hasErrors()) {
            try {
                var imported = withUpload(packageFile, zip -> scormImports.importCourse(form, zip, admin.getName()));
                redirect.addFlashAttribute("notice", "scorm.imported");
                return "redirect:/admin/courses/" + imported.courseId();
            } catch (FormRefusedException refused) {
                refused.rejectInto(result);
            }
        }
        return importPage(model);
    }

    /** A new version of the course's package: completions stay, new attempts play it (R5.7). */
    @PostMapping("/admin/courses/{id}/package")
    String newVersion(
            @PathVariable UUID id,
            @RequestParam(name = "packageFile", required = false) MultipartFile packageFile,
            Principal admin,
            RedirectAttributes redirect)
            throws IOException {
        administration.find(id);
        try {
            withUpload(packageFile, zip -> scormImports.addVersion(id, zip, admin.getName()));
            return back(id, redirect, "scorm.versionAdded");
        } catch (FormRefusedException refused) {
            redirect.addFlashAttribute("problem", refused.errors().get("packageFile"));
            return "redirect:/admin/courses/" + id + "#package";
        }
    }

    /** The upload in a temporary file for the time of the import, which reads it as a zip. */
    private static ScormImports.Imported withUpload(
            MultipartFile upload, Function<Path, ScormImports.Imported> importer) throws IOException {
        if (upload == null || upload.isEmpty()) {
            throw new FormRefusedException(Map.of("packageFile", "scorm.fileMissing"));
        }
        Path zip = Files.createTempFile("scorm-upload-", ".zip");
        try {
            upload.transferTo(zip);
            return importer.apply(zip);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    @GetMapping("/admin/courses")
    String list(Model model) {
        model.addAttribute("entries", administration.all());
        model.addAttribute("tracks", Track.values());
        model.addAttribute("languages", Course.LANGUAGES);
        if (!model.containsAttribute("course")) {
            model.addAttribute("course", CourseForm.blank());
        }
        return "university/admin-courses";
    }

    @PostMapping("/admin/courses")
    String create(
            @Valid @ModelAttribute("course") CourseForm form,
            BindingResult result,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UUID id = administration.create(form, admin.getName());
                redirect.addFlashAttribute("notice", "courses.created");
                return "redirect:/admin/courses/" + id;
            } catch (FormRefusedException refused) {
                refused.rejectInto(result);
            }
        }
        return list(model);
    }

    @GetMapping("/admin/courses/{id}")
    String edit(@PathVariable UUID id, Model model) {
        var entry = administration.find(id);
        model.addAttribute("entry", entry);
        model.addAttribute("tracks", Track.values());
        model.addAttribute("languages", Course.LANGUAGES);
        model.addAttribute("lessons", administration.lessons(id));
        model.addAttribute("quiz", administration.quiz(id));
        model.addAttribute("statuses", CourseStatus.values());
        model.addAttribute("scorm", scormPlayer.current(id, null).orElse(null));
        model.addAttribute("lessonFiles", lessonFiles.ofCourse(id));
        model.addAttribute("maxFileSize", lessonFiles.maxBytes() / (1024 * 1024) + " MB");
        model.addAttribute("extensions", com.partnerportal.files.StoredFiles.allowedExtensions());
        if (!model.containsAttribute("course")) {
            model.addAttribute("course", CourseForm.of(entry.course(), entry.status()));
        }
        if (!model.containsAttribute("lesson")) {
            model.addAttribute("lesson", new LessonForm(null, null, null, null, null));
        }
        if (!model.containsAttribute("question")) {
            model.addAttribute("question", new QuestionForm(null, null, null, null, null));
        }
        return "university/admin-course";
    }

    @PostMapping("/admin/courses/{id}")
    String save(
            @PathVariable UUID id,
            @Valid @ModelAttribute("course") CourseForm form,
            BindingResult result,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return RefusedForm.redirectBack(redirect, "course", form, result, "/admin/courses/" + id);
        }
        administration.save(id, form, admin.getName());
        return back(id, redirect, "courses.saved");
    }

    @PostMapping("/admin/courses/{id}/lessons")
    String addLesson(
            @PathVariable UUID id,
            @Valid @ModelAttribute("lesson") LessonForm form,
            BindingResult result,
            @RequestParam(name = "action", required = false) String action,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        if ("preview".equals(action)) {
            redirect.addFlashAttribute("lesson", form);
            redirect.addFlashAttribute("lessonPreview", form.preview());
            return "redirect:/admin/courses/" + id + "#lesson-preview";
        }
        if (result.hasErrors()) {
            return RefusedForm.redirectBack(redirect, "lesson", form, result, "/admin/courses/" + id);
        }
        administration.addLesson(id, form, admin.getName());
        return back(id, redirect, "courses.lessonAdded");
    }

    @PostMapping("/admin/courses/{id}/lessons/{lesson}/delete")
    String removeLesson(
            @PathVariable UUID id, @PathVariable UUID lesson, Principal admin, RedirectAttributes redirect) {
        administration.removeLesson(id, lesson, admin.getName());
        return back(id, redirect, "courses.lessonRemoved");
    }

    @PostMapping("/admin/courses/{id}/questions")
    String addQuestion(
            @PathVariable UUID id,
            @Valid @ModelAttribute("question") QuestionForm form,
            BindingResult result,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return RefusedForm.redirectBack(redirect, "question", form, result, "/admin/courses/" + id);
        }
        administration.addQuestion(id, form, admin.getName());
        return back(id, redirect, "courses.questionAdded");
    }

    @PostMapping("/admin/courses/{id}/questions/{question}/delete")
    String removeQuestion(
            @PathVariable UUID id, @PathVariable UUID question, Principal admin, RedirectAttributes redirect) {
        administration.removeQuestion(id, question, admin.getName());
        return back(id, redirect, "courses.questionRemoved");
    }

    private static String back(UUID id, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/courses/" + id;
    }
}
