package com.partnerportal.university.web;

import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.university.Track;
import com.partnerportal.university.internal.CertificationAdministration;
import com.partnerportal.university.internal.CertificationAdministration.CertificationForm;
import java.security.Principal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor admins define, edit and retire certifications (R5.6). */
@Controller
class CertificationAdminController {

    private final CertificationAdministration administration;

    CertificationAdminController(CertificationAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin/certifications")
    String list(Model model) {
        model.addAttribute("certifications", administration.certifications());
        model.addAttribute("courses", administration.courses());
        model.addAttribute("tracks", Track.values());
        return "university/admin-certifications";
    }

    @PostMapping("/admin/certifications")
    String create(@ModelAttribute CertificationForm form, Principal admin, RedirectAttributes redirect) {
        try {
            administration.create(form, admin.getName());
            redirect.addFlashAttribute("notice", "certifications.created");
        } catch (FormRefusedException refused) {
            redirect.addFlashAttribute("problems", refused.problems());
        }
        return "redirect:/admin/certifications";
    }

    @GetMapping("/admin/certifications/{id}")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("certification", administration.certification(id));
        model.addAttribute("courses", administration.courses());
        return "university/admin-certification";
    }

    @PostMapping("/admin/certifications/{id}")
    String save(
            @PathVariable UUID id,
            @ModelAttribute CertificationForm form,
            Principal admin,
            RedirectAttributes redirect) {
        try {
            administration.save(id, form, admin.getName());
            redirect.addFlashAttribute("notice", "certifications.saved");
        } catch (FormRefusedException refused) {
            redirect.addFlashAttribute("problems", refused.problems());
        }
        return "redirect:/admin/certifications/" + id;
    }
}
