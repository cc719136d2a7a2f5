package com.partnerportal.support.web;

import com.partnerportal.files.StoredFiles;
import com.partnerportal.shared.AttemptThrottle;
import com.partnerportal.shared.Choices;
import com.partnerportal.shared.EmailAddress;
import com.partnerportal.shared.Keyset;
import com.partnerportal.shared.KeysetLinks;
import com.partnerportal.shared.Locales;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.support.internal.Attachment;
import com.partnerportal.support.internal.Category;
import com.partnerportal.support.internal.SupportForm;
import com.partnerportal.support.internal.SupportRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Duration;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The requester's side of support (R7.1): users open requests and follow their threads; visitors,
 * such as a rejected applicant, open one and confirm their address from the emailed link.
 */
@Controller
class SupportController {

    /** Visitors may open a few requests an hour from one address and one client; then they wait. */
    public static final AttemptThrottle.Policy VISITOR_POLICY =
            new AttemptThrottle.Policy(5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(1));

    private final SupportRequests requests;
    private final AttemptThrottle throttle;
    private final StoredFiles files;

    SupportController(SupportRequests requests, AttemptThrottle throttle, StoredFiles files) {
        this.requests = requests;
        this.throttle = throttle;
        this.files = files;
    }

    @GetMapping("/support")
    String mine(
            @AuthenticationPrincipal PortalPrincipal user,
            @RequestParam(required = false) String after,
            HttpServletRequest request,
            Model model) {
        var place = Keyset.parse(after);
        var page = requests.of(user, place.orElse(null));
        model.addAttribute("requests", page.rows());
        model.addAttribute("pages", KeysetLinks.of(request, place.isEmpty(), page));
        return "support/mine";
    }

    @GetMapping("/support/new")
    String form(
            @AuthenticationPrincipal PortalPrincipal user,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String email,
            Model model) {
        // Carried over from a refused registration (R3.6), for a visitor: they still confirm it by email.
        String visitorEmail = user == null && email != null && email.length() <= 254 ? email : null;
        model.addAttribute(
                "form",
                SupportForm.prefilled(Choices.named(Category.class, category).orElse(null), visitorEmail));
        return form(user, model);
    }

    @PostMapping("/support/new")
    String open(
            @AuthenticationPrincipal PortalPrincipal user,
            @Valid @ModelAttribute("form") SupportForm form,
            BindingResult result,
            @RequestParam(required = false) MultipartFile attachment,
            HttpServletRequest http,
            Locale locale,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        EmailAddress email = null;
        if (user == null) {
            try {
                email = EmailAddress.parse(form.email());
            } catch (IllegalArgumentException invalid) {
                result.rejectValue("email", "support.error.email");
            }
            if (form.name() == null) {
                result.rejectValue("name", "support.error.name");
            }
        }
        if (!result.hasErrors() && user == null) {
            String clientKey = "support:client:" + http.getRemoteAddr();
            String emailKey = "support:email:" + email.value();
            var wait = throttle.longestWait(clientKey, emailKey);
            if (wait.isPresent()) {
                result.reject(
                        "support.error.throttled",
                        new Object[] {Math.max(1, wait.get().toMinutes() + 1)},
                        null);
            } else {
                throttle.recordFailure(clientKey, VISITOR_POLICY);
                throttle.recordFailure(emailKey, VISITOR_POLICY);
            }
        }
        if (!result.hasErrors()) {
            try {
                if (user != null) {
                    var request = requests.openAsUser(user, Locales.supported(locale), form, Attachment.of(attachment));
                    redirect.addFlashAttribute("notice", "support.opened");
                    return "redirect:/support/requests/" + request.id();
                }
                requests.openAsVisitor(email, form.name(), Locales.supported(locale), form, Attachment.of(attachment));
                model.addAttribute("email", email.value());
                return "support/check-email";
            } catch (Attachment.Refused refused) {
                result.reject(
                        refused.problem(),
                        new Object[] {model.getAttribute("maxFileSize"), StoredFiles.allowedExtensions()},
                        null);
            }
        }
        return form(user, model);
    }

    /** The emailed link shows a button: mail scanners that open links confirm nothing. */
    @GetMapping("/support/confirm")
    String confirmPage(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", requests.awaitsConfirmation(token));
        return "support/confirm";
    }

    @PostMapping("/support/confirm")
    String confirm(@RequestParam(required = false) String token, Model model) {
        var confirmed = requests.confirm(token);
        model.addAttribute("confirmed", confirmed.orElse(null));
        model.addAttribute("valid", confirmed.isPresent());
        return "support/confirm";
    }

    @GetMapping("/support/requests/{id}")
    String request(@AuthenticationPrincipal PortalPrincipal user, @PathVariable UUID id, Model model) {
        var request = requests.ownedBy(user, id);
        model.addAttribute("request", request);
        model.addAttribute("thread", requests.publicThread(request));
        return "support/request";
    }

    @GetMapping("/support/requests/{id}/files/{fileId}")
    void attachment(
            @AuthenticationPrincipal PortalPrincipal user,
            @PathVariable UUID id,
            @PathVariable UUID fileId,
            HttpServletResponse response)
            throws IOException {
        var request = requests.ownedBy(user, id);
        files.send(requests.attachment(request, fileId, false).orElseThrow(NotFoundException::new), response);
    }

    @PostMapping("/support/requests/{id}/reply")
    String reply(
            @AuthenticationPrincipal PortalPrincipal user,
            @PathVariable UUID id,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) MultipartFile attachment,
            RedirectAttributes redirect)
            throws IOException {
        requests.ownedBy(user, id);
        String text = SupportForm.body(body);
        if (text == null) {
            redirect.addFlashAttribute("problem", "support.error.body");
        } else {
            try {
                requests.addFromRequester(user, id, text, Attachment.of(attachment));
                redirect.addFlashAttribute("notice", "support.replied");
            } catch (Attachment.Refused refused) {
                redirect.addFlashAttribute("problem", refused.problem());
            }
        }
        return "redirect:/support/requests/" + id;
    }

    private String form(PortalPrincipal user, Model model) {
        model.addAttribute("categories", Category.values());
        model.addAttribute("visitor", user == null);
        return "support/new";
    }
}
