package com.partnerportal.partners.web;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import com.partnerportal.partners.internal.CompanyDirectory;
import com.partnerportal.partners.internal.DistributorForm;
import com.partnerportal.partners.internal.PartnerAdministration;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vendor console for partners: distributors, companies, domains, associations and their history. */
@Controller
class VendorConsoleController {

    private final Partners partners;
    private final PartnerAdministration administration;

    VendorConsoleController(Partners partners, PartnerAdministration administration) {
        this.partners = partners;
        this.administration = administration;
    }

    @GetMapping("/admin/distributors")
    String distributors(Model model) {
        model.addAttribute("distributors", partners.distributors());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DistributorForm.blank());
        }
        return "partners/admin-distributors";
    }

    @PostMapping("/admin/distributors")
    String createDistributor(
            @Valid @ModelAttribute("form") DistributorForm form,
            BindingResult result,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        if (form.slug() == null) {
            result.rejectValue("slug", "distributors.error.slug");
        }
        if (!result.hasErrors()) {
            try {
                var id = administration.createDistributor(
                        form.slug(), form.name(), form.supportEmail(), admin.getName());
                redirect.addFlashAttribute("notice", "distributors.created");
                return "redirect:/admin/distributors/" + id;
            } catch (PartnerAdministration.SlugTakenException taken) {
                result.rejectValue("slug", "distributors.slugTaken");
            } catch (IllegalArgumentException invalid) {
                result.reject("distributors.invalid");
            }
        }
        return distributors(model);
    }

    @GetMapping("/admin/distributors/{id}")
    String distributor(@PathVariable UUID id, Model model) {
        var distributor = partners.distributor(new DistributorId(id)).orElseThrow(NotFoundException::new);
        model.addAttribute("distributor", distributor);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DistributorForm.of(distributor));
        }
        return "partners/admin-distributor";
    }

    @PostMapping("/admin/distributors/{id}")
    String updateDistributor(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") DistributorForm form,
            BindingResult result,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                administration.updateDistributor(
                        id,
                        form.name(),
                        form.supportEmail(),
                        form.contactName(),
                        form.contactPhone(),
                        form.isActive(),
                        admin.getName());
                redirect.addFlashAttribute("notice", "distributors.saved");
                return "redirect:/admin/distributors/" + id;
            } catch (IllegalArgumentException invalid) {
                result.reject("distributors.invalid");
            }
        }
        return distributor(id, model);
    }

    @GetMapping("/admin/companies")
    String companies(
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(defaultValue = "NAME") CompanyDirectory.Sort sort,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        var result = administration.companies(q, sort, page);
        model.addAttribute("companies", result.companies());
        model.addAttribute("total", result.total());
        model.addAttribute("pages", PageLinks.of(request, Math.max(page, 0), Partners.PAGE_SIZE, result.total()));
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", CompanyDirectory.Sort.values());
        return "partners/admin-companies";
    }

    @GetMapping("/admin/companies/{id}")
    String company(@PathVariable UUID id, Model model) {
        var company = partners.company(new CompanyId(id)).orElseThrow(NotFoundException::new);
        model.addAttribute("company", company);
        model.addAttribute("current", partners.currentAssociation(company.id()).orElse(null));
        model.addAttribute("history", partners.associationHistory(company.id()));
        return "partners/admin-company";
    }

    @PostMapping("/admin/companies/{id}/domains/share")
    String shareDomain(
            @PathVariable UUID id,
            @RequestParam @Size(max = 253) String domain,
            Principal admin,
            RedirectAttributes redirect) {
        try {
            administration.shareDomain(id, domain, admin.getName());
            redirect.addFlashAttribute("notice", "companies.domainShared");
        } catch (IllegalArgumentException unknownDomain) {
            throw new NotFoundException();
        }
        return "redirect:/admin/companies/" + id;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
