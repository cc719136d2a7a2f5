package com.partnerportal.registration;

import com.partnerportal.shared.RegistrableDomain;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor admins override the maintained lists for a domain: allow, deny or flag for review (R3.2, R3.6). */
@Controller
@PreAuthorize("hasRole('VENDOR_ADMIN')")
class DomainRulesController {

    private final DomainRules rules;
    private final ApplicationEventPublisher events;

    DomainRulesController(DomainRules rules, ApplicationEventPublisher events) {
        this.rules = rules;
        this.events = events;
    }

    @GetMapping("/admin/domain-rules")
    String list(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("kinds", DomainRules.Kind.values());
        return "registration/domain-rules";
    }

    @PostMapping("/admin/domain-rules")
    @Transactional
    String put(
            @RequestParam(defaultValue = "") @Size(max = 300) String domain,
            @RequestParam(defaultValue = "DENY") DomainRules.Kind kind,
            @RequestParam(defaultValue = "") @Size(max = 1000) String note,
            Principal admin,
            RedirectAttributes redirect) {
        String host;
        try {
            host = RegistrableDomain.normaliseHost(domain);
        } catch (RegistrableDomain.InvalidDomainException invalid) {
            redirect.addFlashAttribute("problem", "domainRules.invalid");
            return "redirect:/admin/domain-rules";
        }
        rules.put(host, kind, note.isBlank() ? null : note.strip(), admin.getName());
        events.publishEvent(
                new DomainRuleChanged(admin.getName(), host, kind + (note.isBlank() ? "" : ": " + note.strip())));
        redirect.addFlashAttribute("notice", "domainRules.saved");
        return "redirect:/admin/domain-rules";
    }

    @PostMapping("/admin/domain-rules/remove")
    @Transactional
    String remove(@RequestParam @Size(max = 300) String domain, Principal admin, RedirectAttributes redirect) {
        if (rules.remove(domain)) {
            events.publishEvent(new DomainRuleChanged(admin.getName(), domain, "removed"));
            redirect.addFlashAttribute("notice", "domainRules.removed");
        }
        return "redirect:/admin/domain-rules";
    }
}
