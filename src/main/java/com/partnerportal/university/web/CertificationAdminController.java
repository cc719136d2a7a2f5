package com.partnerportal.university.web;

import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.RefusedForm;
import com.partnerportal.university.Track;
import com.partnerportal.university.internal.CertificationAdministration;
import com.partnerportal.university.internal.CertificationAdministration.CertificationForm;
import com.partnerportal.university.internal.CertificationAdministration.CourseChoice;
import com.partnerportal.university.internal.CertificationStatus;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor admins define, edit and retire certifications (R5.6). */
@Controller
class CertificationAdminController {

    private final CertificationAdministration administration;
    private final MessageSource messages;

    CertificationAdminController(CertificationAdministration administration, MessageSource messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping("/admin/certifications")
    String list(Model model, Locale locale) {
        model.addAttribute("certifications", administration.certifications());
        model.addAttribute("courses", courseChoices(locale));
        model.addAttribute("tracks", Track.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CertificationForm.blank());
        }
        return "university/admin-certifications";
    }

    @PostMapping("/admin/certifications")
    String create(
            @ModelAttribute("form") CertificationForm form,
            BindingResult result,
            Principal admin,
            RedirectAttributes redirect) {
        try {
            administration.create(form, admin.getName());
            redirect.addFlashAttribute("notice", "certifications.created");
            return "redirect:/admin/certifications";
        } catch (FormRefusedException refused) {
            refused.rejectInto(result);
            return RefusedForm.redirectBack(redirect, "form", form, result, "/admin/certifications");
        }
    }

    @GetMapping("/admin/certifications/{id}")
    String edit(@PathVariable UUID id, Model model, Locale locale) {
        var certification = administration.certification(id);
        model.addAttribute("certification", certification);
        model.addAttribute("courses", courseChoices(locale));
        model.addAttribute("statuses", CertificationStatus.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CertificationForm.of(certification));
        }
        return "university/admin-certification";
    }

    @PostMapping("/admin/certifications/{id}")
    String save(
            @PathVariable UUID id,
            @ModelAttribute("form") CertificationForm form,
            BindingResult result,
            Principal admin,
            RedirectAttributes redirect) {
        try {
            administration.save(id, form, admin.getName());
            redirect.addFlashAttribute("notice", "certifications.saved");
            return "redirect:/admin/certifications/" + id;
        } catch (FormRefusedException refused) {
            refused.rejectInto(result);
            return RefusedForm.redirectBack(redirect, "form", form, result, "/admin/certifications/" + id);
        }
    }

    /** Each published course named with its track, the way the form lists them. */
    private List<CourseChoice> courseChoices(Locale locale) {
        return administration.courses().stream()
                .map(course -> new CourseChoice(
                        course.id(),
                        course.titleEn() + " ("
                                + messages.getMessage("university.track." + course.track(), null, locale) + ")"))
                .toList();
    }
}
