package com.partnerportal.accounts.web;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.internal.PortalUser;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A logged-in user changes their password, proving they know the current one first (ASVS 6.2.3). */
@Controller
class PasswordChangeController {

    record ChangeForm(
            @NotBlank @Size(max = 1024) String current,
            @NotBlank @Size(max = 1024) String password,
            @NotBlank @Size(max = 1024) String confirmation) {}

    private final Accounts accounts;

    PasswordChangeController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("form", new ChangeForm("", "", ""));
        model.addAttribute("minimumLength", accounts.minimumPasswordLength());
        return "accounts/change-password";
    }

    @PostMapping("/account/password")
    String change(
            @Validated @ModelAttribute("form") ChangeForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser user,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("minimumLength", accounts.minimumPasswordLength());
        if (!errors.hasFieldErrors("password")
                && !errors.hasFieldErrors("confirmation")
                && !Objects.equals(form.password(), form.confirmation())) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
        if (errors.hasErrors()) {
            return "accounts/change-password";
        }
        try {
            accounts.changePassword(user.accountId(), form.current(), form.password(), session.getId());
        } catch (Accounts.WrongCurrentPasswordException wrong) {
            errors.rejectValue("current", "password.currentWrong");
            return "accounts/change-password";
        } catch (Accounts.PasswordRefusedException refused) {
            errors.rejectValue(
                    "password", refused.refusal.messageKey, new Object[] {accounts.minimumPasswordLength()}, null);
            return "accounts/change-password";
        }
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/account/password";
    }
}
