package com.partnerportal.programme.web;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.programme.internal.ProgrammeOverview;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A partner company's Programme page (R10.2): its level, its benefits and what the next one needs. */
@Controller
class ProgrammeController {

    private final ProgrammeOverview overview;

    ProgrammeController(ProgrammeOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/programme")
    String show(@AuthenticationPrincipal PortalPrincipal user, Locale locale, Model model) {
        if (user.companyId() == null) {
            throw new NotFoundException();
        }
        model.addAttribute("overview", overview.of(new CompanyId(user.companyId()), locale));
        return "programme/programme";
    }
}
