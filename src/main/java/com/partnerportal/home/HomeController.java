package com.partnerportal.home;

import com.partnerportal.shared.PortalPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page with its "Already a member?" login section (R4.1), and each user's start page. */
@Controller
class HomeController {

    private final StartPages startPages;

    HomeController(StartPages startPages) {
        this.startPages = startPages;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PortalPrincipal user, Model model) {
        if (user != null) {
            startPages.of(user).ifPresent(page -> {
                switch (page) {
                    case StartPage.Partner partner -> model.addAttribute("partnerStart", partner);
                    case StartPage.Reviewer reviewer -> model.addAttribute("reviewerStart", reviewer);
                }
            });
        }
        return "home/index";
    }
}
