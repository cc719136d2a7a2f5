package com.partnerportal.partners.web;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorView;
import com.partnerportal.partners.EntitlementView;
import com.partnerportal.partners.Partners;
import com.partnerportal.partners.internal.ApiKeyForm;
import com.partnerportal.partners.internal.EntitlementForm;
import com.partnerportal.partners.internal.EntitlementList;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PageLinks;
import com.partnerportal.shared.PortalPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The distributor console: its entitlement list (form and CSV upload, R2.2) and its associated
 * partners, with the release of a partner that moves elsewhere (R2.3). A reviewer sees only their
 * distributor; a vendor admin sees any.
 */
@Controller
@RequestMapping("/distributor")
class DistributorConsoleController {

    /** A CSV is read whole to check it; 20 MB is some 200,000 rows, far beyond a distributor's list. */
    private static final long MAX_CSV_BYTES = 20L * 1024 * 1024;

    private final Partners partners;

    DistributorConsoleController(Partners partners) {
        this.partners = partners;
    }

    @GetMapping
    String home(@AuthenticationPrincipal PortalPrincipal caller) {
        if (caller.distributorId() != null) {
            return "redirect:/distributor/" + caller.distributorId() + "/entitlements";
        }
        if (caller.isVendorAdmin()) {
            return "redirect:/admin/distributors";
        }
        throw new NotFoundException();
    }

    @GetMapping("/{id}/entitlements")
    String entitlements(
            @PathVariable UUID id,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(defaultValue = "NAME") EntitlementList.Sort sort,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal PortalPrincipal caller,
            HttpServletRequest request,
            Model model) {
        var distributor = partners.consoleOf(caller, id);
        var result = partners.entitlements(distributor, q, sort, page);
        model.addAttribute("distributor", distributor);
        model.addAttribute("entitlements", result.entitlements());
        model.addAttribute("total", result.total());
        model.addAttribute("pages", PageLinks.of(request, Math.max(page, 0), Partners.PAGE_SIZE, result.total()));
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", EntitlementList.Sort.values());
        return "partners/entitlements";
    }

    @GetMapping("/{id}/entitlements/edit")
    String editForm(
            @PathVariable UUID id,
            @RequestParam(required = false) @Size(max = 100) String customerId,
            @AuthenticationPrincipal PortalPrincipal caller,
            Model model) {
        var distributor = partners.consoleOf(caller, id);
        var existing = customerId == null
                ? null
                : partners.entitlement(distributor, customerId).orElseThrow(NotFoundException::new);
        model.addAttribute("form", existing == null ? EntitlementForm.blank() : EntitlementForm.of(existing));
        return entitlementForm(distributor, existing, model);
    }

    @PostMapping("/{id}/entitlements")
    String save(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") EntitlementForm form,
            BindingResult result,
            @AuthenticationPrincipal PortalPrincipal caller,
            Model model,
            RedirectAttributes redirect) {
        var distributor = partners.consoleOf(caller, id);
        if (!result.hasErrors()) {
            var checked = form.check();
            if (checked.valid()) {
                var outcome = partners.saveEntitlement(distributor, checked.draft(), caller.email());
                redirect.addFlashAttribute("notice", "entitlements.saved." + outcome);
                return "redirect:/distributor/" + id + "/entitlements";
            }
            for (var problem : checked.problems()) {
                result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
            }
        }
        var existing = form.originalCustomerId() == null
                ? null
                : partners.entitlement(distributor, form.originalCustomerId()).orElse(null);
        return entitlementForm(distributor, existing, model);
    }

    private static String entitlementForm(DistributorView distributor, EntitlementView existing, Model model) {
        model.addAttribute("distributor", distributor);
        model.addAttribute("existing", existing);
        return "partners/entitlement-form";
    }

    @PostMapping("/{id}/entitlements/delete")
    String delete(
            @PathVariable UUID id,
            @RequestParam @Size(max = 100) String customerId,
            @AuthenticationPrincipal PortalPrincipal caller,
            RedirectAttributes redirect) {
        var distributor = partners.consoleOf(caller, id);
        if (!partners.deleteEntitlement(distributor, customerId, caller.email())) {
            throw new NotFoundException();
        }
        redirect.addFlashAttribute("notice", "entitlements.deleted");
        return "redirect:/distributor/" + id + "/entitlements";
    }

    @GetMapping("/{id}/entitlements/import")
    String importForm(@PathVariable UUID id, @AuthenticationPrincipal PortalPrincipal caller, Model model) {
        model.addAttribute("distributor", partners.consoleOf(caller, id));
        return "partners/entitlement-import";
    }

    @PostMapping("/{id}/entitlements/import")
    String upload(
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal PortalPrincipal caller,
            Model model)
            throws IOException {
        var distributor = partners.consoleOf(caller, id);
        model.addAttribute("distributor", distributor);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileProblem", "entitlements.import.noFile");
            return "partners/entitlement-import";
        }
        if (file.getSize() > MAX_CSV_BYTES) {
            model.addAttribute("fileProblem", "entitlements.import.tooBig");
            return "partners/entitlement-import";
        }
        String content;
        try {
            content = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            model.addAttribute("fileProblem", "entitlements.import.encoding");
            return "partners/entitlement-import";
        }
        if (content.indexOf('\0') >= 0) {
            model.addAttribute("fileProblem", "entitlements.import.unreadable");
            return "partners/entitlement-import";
        }
        var result = partners.importCsv(distributor, safeName(file.getOriginalFilename()), content, caller.email());
        return report(result, model);
    }

    @PostMapping("/{id}/entitlements/import/{staged}/confirm")
    String confirm(
            @PathVariable UUID id,
            @PathVariable UUID staged,
            @AuthenticationPrincipal PortalPrincipal caller,
            Model model) {
        var distributor = partners.consoleOf(caller, id);
        model.addAttribute("distributor", distributor);
        return report(partners.confirmImport(distributor, staged, caller.email()), model);
    }

    private static String report(Partners.ImportResult result, Model model) {
        if (result.parsed().fileProblem() != null) {
            model.addAttribute("fileProblem", result.parsed().fileProblem());
            return "partners/entitlement-import";
        }
        model.addAttribute("result", result);
        model.addAttribute(
                "problems", result.parsed().problems().stream().limit(500).toList());
        return "partners/entitlement-import-report";
    }

    @GetMapping("/{id}/partners")
    String associatedPartners(
            @PathVariable UUID id,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal PortalPrincipal caller,
            HttpServletRequest request,
            Model model) {
        var distributor = partners.consoleOf(caller, id);
        var result = partners.partnersOf(distributor, q, page);
        model.addAttribute("distributor", distributor);
        model.addAttribute("associations", result.associations());
        model.addAttribute("total", result.total());
        model.addAttribute("pages", PageLinks.of(request, Math.max(page, 0), Partners.PAGE_SIZE, result.total()));
        model.addAttribute("q", q);
        return "partners/associated";
    }

    @PostMapping("/{id}/partners/{company}/release")
    String release(
            @PathVariable UUID id,
            @PathVariable UUID company,
            @RequestParam(defaultValue = "") @Size(max = 1000) String reason,
            @AuthenticationPrincipal PortalPrincipal caller,
            RedirectAttributes redirect) {
        partners.release(caller, id, new CompanyId(company), reason.isBlank() ? null : reason.strip());
        redirect.addFlashAttribute("notice", "partners.released");
        return caller.isVendorAdmin() && !id.equals(caller.distributorId())
                ? "redirect:/admin/companies/" + company
                : "redirect:/distributor/" + id + "/partners";
    }

    @GetMapping("/{id}/api-keys")
    String apiKeys(@PathVariable UUID id, @AuthenticationPrincipal PortalPrincipal caller, Model model) {
        var distributor = partners.consoleOf(caller, id);
        model.addAttribute("distributor", distributor);
        model.addAttribute("keys", partners.apiKeys(distributor));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ApiKeyForm.blank());
        }
        return "partners/api-keys";
    }

    @PostMapping("/{id}/api-keys")
    String createApiKey(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ApiKeyForm form,
            BindingResult result,
            @AuthenticationPrincipal PortalPrincipal caller,
            Model model) {
        var distributor = partners.consoleOf(caller, id);
        if (!result.hasErrors()) {
            model.addAttribute("created", partners.createApiKey(distributor, form.name(), caller.email()));
            model.addAttribute("form", ApiKeyForm.blank());
        }
        return apiKeys(id, caller, model);
    }

    @PostMapping("/{id}/api-keys/{key}/revoke")
    String revokeApiKey(
            @PathVariable UUID id,
            @PathVariable UUID key,
            @AuthenticationPrincipal PortalPrincipal caller,
            RedirectAttributes redirect) {
        partners.revokeApiKey(partners.consoleOf(caller, id), key, caller.email());
        redirect.addFlashAttribute("notice", "apiKeys.revoked");
        return "redirect:/distributor/" + id + "/api-keys";
    }

    /** Only the last path segment, printable, short: a file name is shown back, never used as a path. */
    private static String safeName(String original) {
        String name = original == null ? "upload.csv" : original.replaceAll(".*[/\\\\]", "");
        name = name.replaceAll("[\\p{Cntrl}<>\"]", "_");
        return name.isBlank() ? "upload.csv" : name.length() > 100 ? name.substring(0, 100) : name;
    }
}
