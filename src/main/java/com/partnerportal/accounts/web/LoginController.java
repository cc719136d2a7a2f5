package com.partnerportal.accounts.web;

import com.partnerportal.accounts.internal.AccountsProperties;
import com.partnerportal.accounts.internal.LoginThrottling;
import com.partnerportal.accounts.internal.ThrottledWait;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; the form posts to Spring Security's /login. */
@Controller
class LoginController {

    private final AccountsProperties properties;

    LoginController(AccountsProperties properties) {
        this.properties = properties;
    }

    /** {@code ?throttled=N} is where {@link LoginThrottling} sends a refused attempt (R4.3). */
    @GetMapping("/login")
    String login(@RequestParam(name = "throttled", required = false) String throttled, Model model) {
        if (throttled != null) {
            model.addAttribute("wait", ThrottledWait.of(throttled, properties.loginLongestDelay()));
        }
        return "accounts/login";
    }
}
