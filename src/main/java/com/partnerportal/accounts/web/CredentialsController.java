package com.partnerportal.accounts.web;

import com.partnerportal.accounts.AccountView;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.internal.PasswordResets;
import com.partnerportal.accounts.internal.ThrottledWait;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Choosing a password from an emailed link (activation, R3.7; reset, R4.3). */
@Controller
class CredentialsController {

    record PasswordForm(
            @Size(max = 100) String token,
            @NotBlank @Size(max = 1024) String password,
            @NotBlank @Size(max = 1024) String confirmation) {}

    record ResetRequestForm(@NotBlank @Size(max = 320) String email) {}

    private final Accounts accounts;
    private final PasswordResets resets;

    CredentialsController(Accounts accounts, PasswordResets resets) {
        this.accounts = accounts;
        this.resets = resets;
    }

    /** The two emailed links that end with choosing a password: how to read and spend each. */
    private record Link(
            String purpose,
            Function<String, Optional<AccountView>> owner,
            BiConsumer<String, String> spend,
            String loginNotice) {}

    private Link activation() {
        return new Link("activate", accounts::whoseActivationLink, accounts::activate, "activated");
    }

    private Link reset() {
        return new Link("reset", accounts::whoseResetLink, accounts::resetPassword, "passwordReset");
    }

    @GetMapping("/account/activate")
    String activationForm(@RequestParam(required = false) String token, Model model) {
        return showForm(activation(), token, model);
    }

    @PostMapping("/account/activate")
    String activate(
            @Validated @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return choosePassword(activation(), form, errors, model, redirect);
    }

    @GetMapping("/account/reset")
    String resetRequestForm(Model model) {
        model.addAttribute("form", new ResetRequestForm(""));
        return "accounts/reset-request";
    }

    @PostMapping("/account/reset")
    String requestReset(
            @Validated @ModelAttribute("form") ResetRequestForm form,
            BindingResult errors,
            HttpServletRequest http,
            Locale locale,
            Model model) {
        if (errors.hasErrors()) {
            return "accounts/reset-request";
        }
        resets.request(form.email(), http.getRemoteAddr(), locale)
                .ifPresentOrElse(
                        wait -> model.addAttribute("wait", ThrottledWait.of(wait)),
                        () -> model.addAttribute("sent", true));
        return "accounts/reset-request";
    }

    @GetMapping("/account/reset/confirm")
    String resetForm(@RequestParam(required = false) String token, Model model) {
        return showForm(reset(), token, model);
    }

    @PostMapping("/account/reset/confirm")
    String reset(
            @Validated @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return choosePassword(reset(), form, errors, model, redirect);
    }

    private String showForm(Link link, String token, Model model) {
        return link.owner()
                .apply(token)
                .map(account -> passwordPage(model, link.purpose(), token, account))
                .orElseGet(() -> invalidLink(model));
    }

    /** Sets the password the link allows, or shows why not; a refused password leaves the link usable. */
    private String choosePassword(
            Link link, PasswordForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        var account = link.owner().apply(form.token()).orElse(null);
        if (account == null) {
            return invalidLink(model);
        }
        if (!checkPasswordForm(form, errors)) {
            return passwordPage(model, link.purpose(), form.token(), account);
        }
        try {
            link.spend().accept(form.token(), form.password());
        } catch (Accounts.PasswordRefusedException refused) {
            errors.rejectValue(
                    "password", refused.refusal.messageKey, new Object[] {accounts.minimumPasswordLength()}, null);
            return passwordPage(model, link.purpose(), form.token(), account);
        } catch (Accounts.InvalidLinkException used) {
            return invalidLink(model);
        }
        redirect.addAttribute(link.loginNotice(), "");
        return "redirect:/login";
    }

    private static boolean checkPasswordForm(PasswordForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("password")
                && !errors.hasFieldErrors("confirmation")
                && !Objects.equals(form.password(), form.confirmation())) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
        return !errors.hasErrors();
    }

    private String passwordPage(Model model, String purpose, String token, AccountView account) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PasswordForm(token, "", ""));
        }
        model.addAttribute("purpose", purpose);
        model.addAttribute("token", token);
        model.addAttribute("account", account);
        model.addAttribute("minimumLength", accounts.minimumPasswordLength());
        return "accounts/choose-password";
    }

    private static String invalidLink(Model model) {
        model.addAttribute("invalidLink", true);
        return "accounts/invalid-link";
    }
}
