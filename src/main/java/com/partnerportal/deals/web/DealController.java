package com.partnerportal.deals.web;

import com.partnerportal.deals.internal.DealExclusivityException;
import com.partnerportal.deals.internal.DealFilter;
import com.partnerportal.deals.internal.DealForm;
import com.partnerportal.deals.internal.DealStatus;
import com.partnerportal.deals.internal.DealTransitionRefusedException;
import com.partnerportal.deals.internal.Deals;
import com.partnerportal.deals.internal.WonForm;
import com.partnerportal.shared.Choices;
import com.partnerportal.shared.Countries;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.Keyset;
import com.partnerportal.shared.KeysetLinks;
import com.partnerportal.shared.PortalPrincipal;
import jakarta.servlet.http.HttpServletRequest;
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
            @AuthenticationPrincipal PortalPrincipal user,
            @Valid @ModelAttribute("filter") DealFilter filter,
            BindingResult result,
            @RequestParam(required = false) String after,
            HttpServletRequest request,
            Model model) {
        var place = Keyset.parse(after);
        var page = deals.visibleTo(
                user, result.hasErrors() ? DealFilter.none().criteria() : filter.criteria(), place.orElse(null));
        var rows = page.rows();
        model.addAttribute("rows", rows);
        model.addAttribute("pages", KeysetLinks.of(request, place.isEmpty(), page));
        model.addAttribute("companies", deals.companyNames(rows));
        model.addAttribute("statuses", DealStatus.values());
        model.addAttribute("status", result.hasFieldErrors("status") ? null : filter.status());
        model.addAttribute("partner", user.companyId() != null);
        model.addAttribute("registers", user.companyId() != null || user.distributorId() != null);
        return "deals/list";
    }

    @GetMapping("/deals/new")
    String form(@AuthenticationPrincipal PortalPrincipal user, Locale locale, Model model) {
        deals.refuseUnlessRegistrant(user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DealForm.blank("USD"));
        }
        return formPage(user, null, locale, model);
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
        return formPage(user, null, locale, model);
    }

    @GetMapping("/deals/{id}/edit")
    String editForm(@AuthenticationPrincipal PortalPrincipal user, @PathVariable UUID id, Locale locale, Model model) {
        try {
            model.addAttribute("form", deals.formOf(user, id));
        } catch (DealTransitionRefusedException closed) {
            return "redirect:/deals/" + id;
        }
        return formPage(user, id, locale, model);
    }

    @PostMapping("/deals/{id}/edit")
    String edit(
            @AuthenticationPrincipal PortalPrincipal user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") DealForm form,
            BindingResult result,
            @RequestParam(defaultValue = "submit") String intent,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (!result.hasErrors()) {
                deals.revise(user, id, form, "submit".equals(intent));
                redirect.addFlashAttribute("notice", "submit".equals(intent) ? "deals.done.SUBMIT" : "deals.saved");
                return "redirect:/deals/" + id;
            }
            deals.formOf(user, id);
        } catch (FormRefusedException refused) {
            refused.rejectInto(result);
        } catch (DealTransitionRefusedException closed) {
            redirect.addFlashAttribute("problem", "deals.error.transition");
            return "redirect:/deals/" + id;
        }
        return formPage(user, id, locale, model);
    }

    private String formPage(PortalPrincipal user, UUID editing, Locale locale, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("products", deals.products());
        model.addAttribute("countries", Countries.in(locale));
        model.addAttribute("partners", deals.partnersFor(user));
        return "deals/new";
    }

    @PostMapping("/deals/{id}/won")
    String won(
            @AuthenticationPrincipal PortalPrincipal user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("won") WonForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        deals.refuseUnlessVisible(user, id);
        if (result.hasErrors()) {
            boolean value = result.getFieldErrors().stream()
                    .anyMatch(error -> error.getField().equals("finalValue")
                            || error.getField().equals("valuePositive"));
            redirect.addFlashAttribute("problem", value ? "deals.error.finalValue" : "deals.error.wonOn");
            return "redirect:/deals/" + id;
        }
        try {
            deals.won(user, id, form);
            redirect.addFlashAttribute("notice", "deals.done.WON");
        } catch (DealTransitionRefusedException refused) {
            redirect.addFlashAttribute("problem", "deals.error.transition");
        }
        return "redirect:/deals/" + id;
    }

    @GetMapping("/deals/{id}")
    String deal(@AuthenticationPrincipal PortalPrincipal user, @PathVariable UUID id, Model model) {
        model.addAttribute("view", deals.view(user, id));
        model.addAttribute("today", java.time.LocalDate.now(java.time.ZoneOffset.UTC));
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
        deals.refuseUnlessVisible(user, id);
        String why;
        try {
            why = Deals.reason(reason);
        } catch (IllegalArgumentException refused) {
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
