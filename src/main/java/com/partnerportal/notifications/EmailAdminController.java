package com.partnerportal.notifications;

import com.partnerportal.shared.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbox as vendor admins see it (R8.2): every email with its status, attempts and last error. */
@Controller
@RequestMapping("/admin/emails")
class EmailAdminController {

    record TestEmailForm(@NotBlank @Size(max = 320) String recipient) {}

    /** The HTML version is shown on its own, unable to run scripts or load anything. */
    private static final String SANDBOX_POLICY =
            "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private final EmailAdministration administration;

    EmailAdminController(EmailAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) EmailStatus status,
            @RequestParam(required = false) @Size(max = 320) String recipient,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        int current = Math.max(page, 0);
        var result = administration.page(status, recipient, current);
        model.addAttribute("emails", result.emails());
        model.addAttribute("total", result.total());
        model.addAttribute("pages", PageLinks.of(request, current, EmailAdministration.PAGE_SIZE, result.total()));
        model.addAttribute("status", status);
        model.addAttribute("recipient", recipient);
        model.addAttribute("statuses", EmailStatus.values());
        if (!model.containsAttribute("testForm")) {
            model.addAttribute("testForm", new TestEmailForm(""));
        }
        return "admin/emails";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("email", administration.find(id).orElseThrow(EmailAdminController::notFound));
        return "admin/email";
    }

    @GetMapping("/{id}/html")
    ResponseEntity<String> html(@PathVariable UUID id) {
        var email = administration.find(id).orElseThrow(EmailAdminController::notFound);
        if (email.bodyHtml() == null) {
            throw notFound();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", SANDBOX_POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(email.bodyHtml());
    }

    @PostMapping("/{id}/resend")
    String resend(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
        if (administration.find(id).isEmpty()) {
            throw notFound();
        }
        redirect.addFlashAttribute(
                "notice", administration.resend(id, principal.getName()) ? "emails.resent" : "emails.notResendable");
        return "redirect:/admin/emails/" + id;
    }

    @PostMapping("/test")
    String sendTest(
            @Validated @ModelAttribute("testForm") TestEmailForm form,
            BindingResult errors,
            Principal principal,
            Locale locale,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                administration.sendTest(form.recipient(), locale, principal.getName());
                redirect.addFlashAttribute("notice", "emails.testQueued");
                return "redirect:/admin/emails";
            } catch (IllegalArgumentException invalidAddress) {
                errors.rejectValue("recipient", "email.invalid");
            }
        }
        return list(null, null, 0, request, model);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
}
