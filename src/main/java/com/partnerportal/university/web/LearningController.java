package com.partnerportal.university.web;

import com.partnerportal.files.StoredFiles;
import com.partnerportal.shared.BrandingProperties;
import com.partnerportal.shared.Locales;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.shared.PortalProperties;
import com.partnerportal.university.internal.CertificatePdf;
import com.partnerportal.university.internal.Certificates;
import com.partnerportal.university.internal.CourseAccess;
import com.partnerportal.university.internal.CourseContent;
import com.partnerportal.university.internal.CourseStore;
import com.partnerportal.university.internal.Learning;
import com.partnerportal.university.internal.LessonFiles;
import com.partnerportal.university.internal.QuizAnswers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Learners enrol, work through lessons and quizzes, see their transcript and certificates (R5.6). */
@Controller
class LearningController {

    private final CourseAccess access;
    private final Learning learning;
    private final CourseContent content;
    private final Certificates certificates;
    private final CourseStore courseStore;
    private final MessageSource messages;
    private final BrandingProperties branding;
    private final PortalProperties portal;
    private final LessonFiles lessonFiles;
    private final StoredFiles files;

    LearningController(
            CourseAccess access,
            Learning learning,
            CourseContent content,
            Certificates certificates,
            CourseStore courseStore,
            MessageSource messages,
            BrandingProperties branding,
            PortalProperties portal,
            LessonFiles lessonFiles,
            StoredFiles files) {
        this.lessonFiles = lessonFiles;
        this.files = files;
        this.access = access;
        this.learning = learning;
        this.content = content;
        this.certificates = certificates;
        this.courseStore = courseStore;
        this.messages = messages;
        this.branding = branding;
        this.portal = portal;
    }

    /** An image or file a lesson links to, for whoever the course opens to (R5.7). */
    @GetMapping("/university/lesson-files/{file}")
    void lessonFile(
            @AuthenticationPrincipal PortalPrincipal user, @PathVariable UUID file, HttpServletResponse response)
            throws IOException {
        var stored = lessonFiles.read(user, file);
        files.send(stored, response);
    }

    @PostMapping("/university/courses/{slug}/enrol")
    String enrol(@AuthenticationPrincipal PortalPrincipal user, @PathVariable String slug) {
        var course = access.open(user, slug);
        learning.enrol(user.userId(), course.id());
        return "redirect:/university/courses/" + slug;
    }

    /** A course without lessons or quiz (a webinar, say) is complete when its learner says so. */
    @PostMapping("/university/courses/{slug}/complete")
    String complete(@AuthenticationPrincipal PortalPrincipal user, @PathVariable String slug) {
        var course = access.open(user, slug);
        learning.tryToComplete(user.userId(), course);
        return "redirect:/university/courses/" + slug;
    }

    @PostMapping("/university/courses/{slug}/lessons/{lesson}/done")
    String lessonDone(
            @AuthenticationPrincipal PortalPrincipal user,
            @PathVariable String slug,
            @PathVariable UUID lesson,
            RedirectAttributes redirect) {
        var course = access.open(user, slug);
        if (!learning.lessonDone(user.userId(), course, lesson)) {
            throw new NotFoundException();
        }
        return "redirect:/university/courses/" + slug + "#lesson-" + lesson;
    }

    @PostMapping("/university/courses/{slug}/quiz")
    String quiz(
            @AuthenticationPrincipal PortalPrincipal user,
            @PathVariable String slug,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        var course = access.open(user, slug);
        if (!learning.progress(user.userId(), course.id()).enrolled()) {
            redirect.addFlashAttribute("problem", "learning.notEnrolled");
            return "redirect:/university/courses/" + slug;
        }
        var answers = QuizAnswers.read(content.quiz(course.id()), request::getParameter);
        try {
            redirect.addFlashAttribute("score", learning.submitQuiz(user.userId(), course, answers.chosen()));
        } catch (Learning.NoAttemptLeftException spent) {
            redirect.addFlashAttribute("problem", "learning.quiz.noAttemptLeft");
        }
        return "redirect:/university/courses/" + slug + "#quiz";
    }

    @GetMapping("/university/transcript")
    String transcript(@AuthenticationPrincipal PortalPrincipal user, Model model) {
        model.addAttribute("lines", learning.transcript(user.userId(), courseStore.published()));
        model.addAttribute("certificates", certificates.certificatesOf(user.userId()));
        return "university/transcript";
    }

    @GetMapping("/university/certificates/{id}")
    void certificate(
            @AuthenticationPrincipal PortalPrincipal user,
            @PathVariable UUID id,
            Locale requested,
            HttpServletResponse response)
            throws IOException {
        Locale locale = Locales.supported(requested);
        var certificate = certificates.certificateOf(user.userId(), id).orElseThrow(NotFoundException::new);
        var labels = new CertificatePdf.Labels(
                messages.getMessage("certificate.pdf.heading", null, locale),
                messages.getMessage("certificate.pdf.earned", null, locale),
                messages.getMessage("certificate.pdf.issued", null, locale),
                messages.getMessage("certificate.pdf.verify", null, locale));
        byte[] pdf = CertificatePdf.of(
                certificate, branding.vendorName(), portal.link("/certificates/" + certificate.code()), labels, locale);
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("certificate-" + certificate.code() + ".pdf")
                        .build()
                        .toString());
        response.getOutputStream().write(pdf);
    }

    /** Anyone with the address on a certificate can check it is genuine (R5.6). */
    @GetMapping("/certificates/{code}")
    String verify(@PathVariable String code, Model model) {
        var certificate = code.length() > 40
                ? null
                : certificates.certificate(code.strip()).orElse(null);
        if (certificate == null) {
            throw new NotFoundException();
        }
        model.addAttribute("certificate", certificate);
        return "university/verify";
    }
}
