package com.partnerportal.accounts.web;

import com.partnerportal.accounts.internal.AccountsProperties;
import com.partnerportal.accounts.internal.Passkeys;
import com.partnerportal.accounts.internal.PortalUser;
import com.partnerportal.accounts.internal.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own passkeys: list, add (the browser talks to /webauthn/register), remove (R4.3). */
@Controller
class PasskeyController {

    private final Passkeys passkeys;
    private final AccountsProperties properties;

    PasskeyController(Passkeys passkeys, AccountsProperties properties) {
        this.passkeys = passkeys;
        this.properties = properties;
    }

    @GetMapping("/account/passkeys")
    String list(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("passkeys", passkeys.of(user.email()));
        model.addAttribute("maximumLabelLength", Passkeys.MAXIMUM_LABEL_LENGTH);
        model.addAttribute(
                "passkeyRequired", properties.vendorAdminPasskeyRequired() && user.role() == Role.VENDOR_ADMIN);
        return "accounts/passkeys";
    }

    @PostMapping("/account/passkeys/{id}/remove")
    String remove(@AuthenticationPrincipal PortalUser user, @PathVariable String id, RedirectAttributes redirect) {
        if (!id.matches("[A-Za-z0-9_-]{1,1000}") || !passkeys.remove(user.email(), id)) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "passkeys.removed");
        return "redirect:/account/passkeys";
    }
}
