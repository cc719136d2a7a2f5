package com.partnerportal.accounts.web;

import com.partnerportal.accounts.internal.AccountsProperties;
import com.partnerportal.accounts.internal.IdentityProviders;
import com.partnerportal.accounts.internal.LoginThrottling;
import com.partnerportal.accounts.internal.SignOnRefusal;
import com.partnerportal.accounts.internal.ThrottledWait;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The login page, email first (R11.2): an address at a domain bound to an identity provider goes
 * there; any other goes on to the password (posted to Spring Security's /login) or a passkey.
 */
@Controller
class LoginController {

    private final AccountsProperties properties;
    private final IdentityProviders providers;

    LoginController(AccountsProperties properties, IdentityProviders providers) {
        this.properties = properties;
        this.providers = providers;
    }

    /**
     * {@code ?throttled=N} is where {@link LoginThrottling} sends a refused attempt (R4.3), {@code
     * ?sso=…} where a refused sign-on comes back to (R11.3).
     */
    @GetMapping("/login")
    String login(
            @RequestParam(name = "throttled", required = false) String throttled,
            @RequestParam(name = "sso", required = false) String sso,
            Model model) {
        if (throttled != null) {
            model.addAttribute("wait", ThrottledWait.of(throttled, properties.loginLongestDelay()));
        }
        if (sso != null) {
            model.addAttribute("refusal", SignOnRefusal.ofParameter(sso).parameter());
        }
        return "accounts/login";
    }

    /** The answer says only whether the domain has single sign-on, never whether the address has an account. */
    @PostMapping("/login/identify")
    String identify(@RequestParam(name = "email", required = false) String email, Model model) {
        String typed = LoginThrottling.submittedAddress(email);
        if (typed.isEmpty()) {
            model.addAttribute("emailMissing", true);
            return "accounts/login";
        }
        var provider = providers.providerFor(typed);
        if (provider.isPresent()) {
            // A page that follows a link, not a redirect: the login form's form-action policy
            // ('self') would stop a form submission redirected on to the provider's origin.
            model.addAttribute(
                    "signOnAt",
                    UriComponentsBuilder.fromPath("/oauth2/authorization/{id}")
                            .queryParam("login_hint", "{hint}")
                            .encode()
                            .buildAndExpand(provider.get(), typed)
                            .toUriString());
            return "accounts/sso-continue";
        }
        model.addAttribute("email", typed);
        return "accounts/login";
    }
}
