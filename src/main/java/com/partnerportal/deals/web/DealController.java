package com.partnerportal.deals.web;

import com.partnerportal.deals.internal.DealExclusivityException;
import com.partnerportal.deals.internal.DealForm;
import com.partnerportal.deals.internal.DealStatus;
import com.partnerportal.deals.internal.DealTransitionRefusedException;
import com.partnerportal.deals.internal.Deals;
import com.partnerportal.shared.Choices;
import com.partnerportal.shared.Countries;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Deal registrations (R9.1–R9.6): the list, the form, a registration's page and what can be done to it. */
@Controller
class DealController {

    private final Deals deals;

    DealController(Deals deals) {
        this.deals = deals;
    }

    @GetMapping("/deals")
    String list(
            @AuthenticationPrincipal PortalPrincipal user, @RequestParam(required = false) String status, Model model) {
        var chosen = Choices.named(DealStatus.class, status).orElse(null);
        var rows = deals.visibleTo(user, chosen);
        model.addAttribute("rows", rows);
        model.addAttribute("companies", deals.companyNames(rows));
        model.addAttribute("statuses", DealStatus.values());
        model.addAttribute("status", chosen);
        model.addAttribute("partner", user.companyId() != null);
        return "deals/list";
    }

    @GetMapping("/deals/new")
    String form(@AuthenticationPrincipal PortalPrincipal user, Locale locale, Model model) {
        deals.refuseUnlessRegistrant(user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DealForm.blank("USD"));
        }
        model.addAttribute("products", deals.products());
        model.addAttribute("countries", Countries.in(locale));
        return "deals/new";
    }

    @PostMapping("/deals/new")
    String register(
            @AuthenticationPrincipal PortalPrincipal user,
            @Valid @ModelAttribute("form") DealForm form,
            BindingResult result,
            @RequestParam(defaultValue = "submit") String intent,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        deals.refuseUnlessRegistrant(user);
        if (!result.hasErrors()) {
            try {
                UUID id = deals.register(user, form, "submit".equals(intent));
                redirect.addFlashAttribute("notice", "submit".equals(intent) ? "deals.submitted" : "deals.saved");
                return "redirect:/deals/" + id;
            } catch (FormRefusedException refused) {
                refused.rejectInto(result);
            }
        }
        return form(user, locale, model);
    }

    @GetMapping("/deals/{id}")
    String deal(@AuthenticationPrincipal PortalPrincipal user, @PathVariable UUID id, Model model) {
        model.addAttribute("view", deals.view(user, id));
        model.addAttribute("partner", user.companyId() != null);
        model.addAttribute("distributor", user.distributorId() != null);
        model.addAttribute("vendor", user.isVendorAdmin());
        return "deals/deal";
    }

    @PostMapping("/deals/{id}/{action}")
    String act(
            @AuthenticationPrincipal PortalPrincipal user,
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        var chosen = Choices.named(
                        Deals.Action.class, action.toUpperCase(Locale.ROOT).replace('-', '_'))
                .orElseThrow(com.partnerportal.shared.NotFoundException::new);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && (why.length() > 2000 || why.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r'))) {
            redirect.addFlashAttribute("problem", "deals.error.reason");
            return "redirect:/deals/" + id;
        }
        try {
            deals.act(user, id, chosen, why);
            redirect.addFlashAttribute("notice", "deals.done." + chosen.name());
        } catch (DealExclusivityException held) {
            redirect.addFlashAttribute("problem", "deals.error.exclusive");
        } catch (DealTransitionRefusedException refused) {
            redirect.addFlashAttribute("problem", "deals.error.transition");
        }
        return "redirect:/deals/" + id;
    }
}
