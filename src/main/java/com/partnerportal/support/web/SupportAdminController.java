package com.partnerportal.support.web;

import com.partnerportal.files.StoredFiles;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import com.partnerportal.shared.Keyset;
import com.partnerportal.shared.KeysetLinks;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.support.internal.Attachment;
import com.partnerportal.support.internal.Category;
import com.partnerportal.support.internal.QueueParameters;
import com.partnerportal.support.internal.Status;
import com.partnerportal.support.internal.SupportForm;
import com.partnerportal.support.internal.SupportRequest;
import com.partnerportal.support.internal.SupportRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vendor's support queue (R7.1): filter, assign, answer, note, change status, and act from a
 * request: seat holders (R5.5) and distributor transfers (R2.3).
 */
@Controller
@PreAuthorize("hasRole('VENDOR_ADMIN')")
class SupportAdminController {

    private final SupportRequests requests;
    private final Partners partners;
    private final StoredFiles files;

    SupportAdminController(SupportRequests requests, Partners partners, StoredFiles files) {
        this.requests = requests;
        this.partners = partners;
        this.files = files;
    }

    @GetMapping("/admin/support")
    String queue(
            @ModelAttribute QueueParameters parameters,
            @AuthenticationPrincipal PortalPrincipal admin,
            HttpServletRequest request,
            Model model) {
        var read = parameters.read();
        var filter = read.filter();
        model.addAttribute("problems", read.problems());
        model.addAttribute("filter", filter);
        var place = Keyset.parse(parameters.after());
        var page = requests.queue(filter, admin.email(), place.orElse(null));
        var shown = page.rows();
        model.addAttribute("requests", shown);
        model.addAttribute("pages", KeysetLinks.of(request, place.isEmpty(), page));
        model.addAttribute("statuses", Status.SETTABLE);
        model.addAttribute("categories", Category.values());
        model.addAttribute("companyNames", companyNames(shown));
        return "support/queue";
    }

    @GetMapping("/admin/support/{id}")
    String request(@PathVariable UUID id, Model model) {
        var request = requests.find(id);
        model.addAttribute("request", request);
        model.addAttribute("thread", requests.fullThread(request));
        model.addAttribute("statuses", Status.SETTABLE);
        if (request.companyId() != null) {
            var company = new CompanyId(request.companyId());
            model.addAttribute("company", partners.company(company).orElse(null));
            model.addAttribute(
                    "association", partners.currentAssociation(company).orElse(null));
        }
        return "support/admin-request";
    }

    @GetMapping("/admin/support/{id}/files/{fileId}")
    void attachment(@PathVariable UUID id, @PathVariable UUID fileId, HttpServletResponse response) throws IOException {
        var request = requests.find(id);
        files.send(requests.attachment(request, fileId, true).orElseThrow(NotFoundException::new), response);
    }

    @PostMapping("/admin/support/{id}/assign")
    String assign(@PathVariable UUID id, @AuthenticationPrincipal PortalPrincipal admin, RedirectAttributes redirect) {
        requests.assign(id, admin.email());
        redirect.addFlashAttribute("notice", "support.admin.assigned");
        return "redirect:/admin/support/" + id;
    }

    @PostMapping("/admin/support/{id}/reply")
    String reply(
            @PathVariable UUID id,
            @RequestParam(required = false) String body,
            @RequestParam(defaultValue = "reply") String kind,
            @RequestParam(required = false) MultipartFile attachment,
            @AuthenticationPrincipal PortalPrincipal admin,
            RedirectAttributes redirect)
            throws IOException {
        requests.find(id);
        String text = SupportForm.body(body);
        if (text == null) {
            redirect.addFlashAttribute("problem", "support.error.body");
        } else if ("note".equals(kind)) {
            requests.note(id, admin.email(), text);
            redirect.addFlashAttribute("notice", "support.admin.noted");
        } else {
            try {
                requests.reply(id, admin.email(), text, Attachment.of(attachment));
                redirect.addFlashAttribute("notice", "support.admin.replied");
            } catch (Attachment.Refused refused) {
                redirect.addFlashAttribute("problem", refused.problem());
            }
        }
        return "redirect:/admin/support/" + id;
    }

    @PostMapping("/admin/support/{id}/status")
    String status(
            @PathVariable UUID id,
            @RequestParam(required = false) String status,
            @AuthenticationPrincipal PortalPrincipal admin,
            RedirectAttributes redirect) {
        requests.find(id);
        Status chosen = QueueParameters.choice(Status.class, status, new ArrayList<>());
        String outcome = "support.error.status";
        if (chosen != null) {
            try {
                requests.changeStatus(id, admin.email(), chosen);
                outcome = "support.admin.statusChanged";
            } catch (SupportRequest.StatusNotSettableException notSettable) {
                // UNCONFIRMED: only the visitor's own link confirms a request
            }
        }
        redirect.addFlashAttribute(outcome.startsWith("support.error") ? "problem" : "notice", outcome);
        return "redirect:/admin/support/" + id;
    }

    @PostMapping("/admin/support/{id}/release")
    String release(
            @PathVariable UUID id,
            @RequestParam UUID company,
            @RequestParam UUID distributor,
            @AuthenticationPrincipal PortalPrincipal admin,
            RedirectAttributes redirect) {
        requests.releaseOnBehalf(id, admin, new CompanyId(company), new DistributorId(distributor));
        redirect.addFlashAttribute("notice", "support.admin.released");
        return "redirect:/admin/support/" + id;
    }

    private Map<UUID, String> companyNames(List<SupportRequest> shown) {
        var names = new java.util.HashMap<UUID, String>();
        for (var request : shown) {
            if (request.companyId() != null && !names.containsKey(request.companyId())) {
                partners.company(new CompanyId(request.companyId()))
                        .ifPresent(company -> names.put(request.companyId(), company.name()));
            }
        }
        return names;
    }
}
