package com.partnerportal.shared;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page, with its "Already a member?" login section (R4.1). */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home/index";
    }
}
