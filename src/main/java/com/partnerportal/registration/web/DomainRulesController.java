package com.partnerportal.registration.web;

import com.partnerportal.registration.internal.DomainRuleAdministration;
import com.partnerportal.registration.internal.DomainRuleForm;
import com.partnerportal.registration.internal.DomainRules;
import com.partnerportal.shared.RegistrableDomain;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor admins override the maintained lists for a domain: allow, deny or flag for review (R3.2, R3.6). */
@Controller
class DomainRulesController {

    private final DomainRuleAdministration administration;

    DomainRulesController(DomainRuleAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin/domain-rules")
    String list(Model model) {
        model.addAttribute("rules", administration.all());
        model.addAttribute("kinds", DomainRules.Kind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DomainRuleForm.blank());
        }
        return "registration/domain-rules";
    }

    @PostMapping("/admin/domain-rules")
    String put(
            @Valid @ModelAttribute("form") DomainRuleForm form,
            BindingResult result,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                administration.put(form.domain(), form.chosenKind(), form.note(), admin.getName());
                redirect.addFlashAttribute("notice", "domainRules.saved");
                return "redirect:/admin/domain-rules";
            } catch (RegistrableDomain.InvalidDomainException invalid) {
                result.rejectValue("domain", "domainRules.invalid");
            }
        }
        return list(model);
    }

    @PostMapping("/admin/domain-rules/remove")
    String remove(@RequestParam @Size(max = 300) String domain, Principal admin, RedirectAttributes redirect) {
        if (administration.remove(domain, admin.getName())) {
            redirect.addFlashAttribute("notice", "domainRules.removed");
        }
        return "redirect:/admin/domain-rules";
    }
}
