package com.partnerportal.mycompany.web;

import com.partnerportal.mycompany.internal.ColleagueForm;
import com.partnerportal.mycompany.internal.MyCompany;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.PortalPrincipal;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My company (R11.1): the partner administrator's page, their invitations, and disabling or enabling a colleague. */
@Controller
@RequestMapping("/company")
class MyCompanyController {

    private final MyCompany myCompany;

    MyCompanyController(MyCompany myCompany) {
        this.myCompany = myCompany;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal PortalPrincipal caller, Locale locale, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ColleagueForm.blank(locale.getLanguage()));
        }
        return page(caller, model);
    }

    @PostMapping("/invite")
    String invite(
            @AuthenticationPrincipal PortalPrincipal caller,
            @Valid @ModelAttribute("form") ColleagueForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                myCompany.invite(caller, form);
                redirect.addFlashAttribute("notice", "company.invited");
                return "redirect:/company";
            } catch (FormRefusedException refused) {
                refused.rejectInto(result);
            }
        }
        return page(caller, model);
    }

    @PostMapping("/users/{id}/disable")
    String disable(
            @AuthenticationPrincipal PortalPrincipal caller, @PathVariable UUID id, RedirectAttributes redirect) {
        myCompany.disable(caller, id);
        redirect.addFlashAttribute("notice", "company.disabled");
        return "redirect:/company";
    }

    @PostMapping("/users/{id}/enable")
    String enable(@AuthenticationPrincipal PortalPrincipal caller, @PathVariable UUID id, RedirectAttributes redirect) {
        myCompany.enable(caller, id);
        redirect.addFlashAttribute("notice", "company.enabled");
        return "redirect:/company";
    }

    private String page(PortalPrincipal caller, Model model) {
        model.addAttribute("overview", myCompany.overview(caller));
        model.addAttribute("languages", java.util.List.of("en", "fr"));
        return "mycompany/company";
    }
}
