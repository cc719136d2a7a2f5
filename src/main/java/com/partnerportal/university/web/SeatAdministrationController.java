package com.partnerportal.university.web;

import com.partnerportal.university.internal.SeatAdministration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor admins manage a company's technical seats (R5.5): holders, limit, release and grant. */
@Controller
@RequestMapping("/admin/companies/{company}/seats")
class SeatAdministrationController {

    private final SeatAdministration administration;

    SeatAdministrationController(SeatAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String show(@PathVariable UUID company, @RequestParam(required = false) String request, Model model) {
        var companySeats = administration.of(company);
        model.addAttribute("supportRequest", supportRequest(request));
        model.addAttribute("company", companySeats.company());
        model.addAttribute("holders", companySeats.holders());
        model.addAttribute("candidates", companySeats.candidates());
        return "university/seats";
    }

    @PostMapping("/release")
    String release(
            @PathVariable UUID company,
            @RequestParam UUID account,
            @RequestParam(defaultValue = "") @Size(max = 1000) String reason,
            @RequestParam(required = false) String request,
            Principal admin,
            RedirectAttributes redirect) {
        UUID supportRequest = supportRequest(request);
        administration.release(company, account, reason, supportRequest, admin.getName());
        redirect.addFlashAttribute("notice", "seats.released");
        return back(company, supportRequest);
    }

    @PostMapping("/grant")
    String grant(
            @PathVariable UUID company,
            @RequestParam UUID account,
            @RequestParam(defaultValue = "") @Size(max = 1000) String reason,
            @RequestParam(required = false) String request,
            Principal admin,
            RedirectAttributes redirect) {
        UUID supportRequest = supportRequest(request);
        if (administration.grant(company, account, reason, supportRequest, admin.getName())) {
            redirect.addFlashAttribute("notice", "seats.granted");
        } else {
            redirect.addFlashAttribute("problem", "seats.noneFree");
        }
        return back(company, supportRequest);
    }

    /** The company's own limit, or (left empty) its programme level's (R10.4). */
    record SeatLimitForm(@Min(0) @Max(10_000) Integer limit) {}

    @PostMapping("/limit")
    String limit(
            @PathVariable UUID company,
            @Valid SeatLimitForm form,
            BindingResult result,
            Principal admin,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("problem", "seats.limitInvalid");
        } else {
            administration.setLimit(company, form.limit(), admin.getName());
            redirect.addFlashAttribute("notice", "seats.limitChanged");
        }
        return "redirect:/admin/companies/" + company + "/seats";
    }

    /** The support request the admin came from (R5.5), if the address names a well-formed one. */
    private static UUID supportRequest(String request) {
        try {
            return request == null || request.isBlank() ? null : UUID.fromString(request.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static String back(UUID company, UUID supportRequest) {
        return "redirect:/admin/companies/" + company + "/seats"
                + (supportRequest == null ? "" : "?request=" + supportRequest);
    }
}
