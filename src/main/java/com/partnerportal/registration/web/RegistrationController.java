package com.partnerportal.registration.web;

import com.partnerportal.partners.DistributorView;
import com.partnerportal.partners.Partners;
import com.partnerportal.registration.internal.AccessRequests;
import com.partnerportal.registration.internal.Application;
import com.partnerportal.registration.internal.CompanyForm;
import com.partnerportal.registration.internal.EmailForm;
import com.partnerportal.shared.Countries;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.RegistrableDomain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The access request flow (R3.1–R3.6) at the distributor's link {@code /register/{slug}}: the
 * business email, then the company, then the outcome.
 */
@Controller
@RequestMapping("/register/{slug}")
class RegistrationController {

    /** The checked address, kept in the (database-backed) session between the two steps. */
    record Draft(String email, String domain) implements Serializable {}

    private final AccessRequests requests;
    private final Partners partners;
    private final long minimumEmailStepMillis;

    RegistrationController(
            AccessRequests requests,
            Partners partners,
            @Value("${portal.registration.email-step-minimum-time:400ms}") java.time.Duration minimum) {
        this.requests = requests;
        this.partners = partners;
        this.minimumEmailStepMillis = minimum.toMillis();
    }

    @GetMapping
    String emailStep(@PathVariable String slug, Model model) {
        model.addAttribute("distributor", activeDistributor(slug));
        model.addAttribute("form", EmailForm.blank());
        return "registration/email";
    }

    @PostMapping
    String checkEmail(
            @PathVariable String slug,
            @ModelAttribute("form") EmailForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpSession session,
            Locale locale,
            Model model)
            throws InterruptedException {
        var distributor = activeDistributor(slug);
        long started = System.nanoTime();
        var step = requests.checkEmail(distributor, form.email(), request.getRemoteAddr(), locale);
        // Every answer takes at least the same time, so timing tells nothing about an address (R4.3).
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        if (elapsed < minimumEmailStepMillis) {
            Thread.sleep(minimumEmailStepMillis - elapsed);
        }
        if (step instanceof AccessRequests.EmailStep.Proceed proceed) {
            session.setAttribute(draftKey(slug), new Draft(proceed.email(), proceed.domain()));
            return "redirect:/register/" + slug + "/company";
        }
        model.addAttribute("distributor", distributor);
        if (step instanceof AccessRequests.EmailStep.Malformed) {
            result.rejectValue("email", "registration.email.malformed");
        }
        if (step instanceof AccessRequests.EmailStep.Refused refused
                && refused.reason().contactVendor()) {
            // A vendor's deny rule: the outcome and its "contact the vendor" box at once (R3.6).
            model.addAttribute("email", form.email());
            model.addAttribute("outcome", "Rejected");
            model.addAttribute("reason", refused.reason());
            return "registration/outcome";
        }
        model.addAttribute("step", step.getClass().getSimpleName());
        if (step instanceof AccessRequests.EmailStep.Throttled throttled) {
            model.addAttribute("seconds", Math.max(1, throttled.delay().toSeconds() + 1));
        }
        if (step instanceof AccessRequests.EmailStep.Refused refused) {
            model.addAttribute("reason", refused.reason());
        }
        return "registration/email";
    }

    @GetMapping("/company")
    String companyStep(@PathVariable String slug, HttpSession session, Locale locale, Model model) {
        var distributor = activeDistributor(slug);
        if (!(session.getAttribute(draftKey(slug)) instanceof Draft draft)) {
            return "redirect:/register/" + slug;
        }
        model.addAttribute("form", CompanyForm.blank());
        return companyPage(distributor, draft, locale, model);
    }

    @PostMapping("/company")
    String submit(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") CompanyForm form,
            BindingResult result,
            HttpSession session,
            Locale locale,
            Model model) {
        var distributor = activeDistributor(slug);
        if (!(session.getAttribute(draftKey(slug)) instanceof Draft draft)) {
            return "redirect:/register/" + slug;
        }
        var known = requests.knownCompanies(RegistrableDomain.of(draft.domain()));
        UUID chosen = null;
        boolean noneOfThese = false;
        if (!known.isEmpty()) {
            if (form.noneOfThese()) {
                noneOfThese = true;
            } else if (form.company() == null && form.companyName() != null && known.size() == 1) {
                // The company was registered by a colleague while this applicant filled in the new-company
                // form: they join it, as the loser of a simultaneous insert does (R2.1, one company per domain).
                chosen = known.getFirst().id().value();
            } else {
                chosen = known.stream()
                        .map(c -> c.id().value())
                        .filter(id -> id.toString().equals(form.company()))
                        .findFirst()
                        .orElse(null);
                if (chosen == null) {
                    result.rejectValue("company", "registration.error.chooseCompany");
                }
            }
        }
        // A new company, or the applicant's own when none of the known ones is (R3.5a): the reviewer
        // needs its name and country to create it.
        boolean describesCompany = known.isEmpty() || noneOfThese;
        if (describesCompany) {
            if (form.companyName() == null && !result.hasFieldErrors("companyName")) {
                result.rejectValue("companyName", "registration.error.companyName");
            }
            if ((form.country() == null || !Countries.CODES.contains(form.country()))
                    && !result.hasFieldErrors("country")) {
                result.rejectValue("country", "registration.error.country");
            }
        }
        if (result.hasErrors()) {
            return companyPage(distributor, draft, locale, model);
        }
        var outcome = requests.submit(
                distributor,
                new Application(
                        draft.email(),
                        chosen,
                        noneOfThese,
                        describesCompany ? form.companyName() : null,
                        describesCompany ? form.country() : null,
                        form.firstName(),
                        form.lastName(),
                        form.jobTitle(),
                        form.phone()),
                locale);
        session.removeAttribute(draftKey(slug));
        model.addAttribute("distributor", distributor);
        model.addAttribute("email", draft.email());
        model.addAttribute("outcome", outcome.getClass().getSimpleName());
        if (outcome instanceof AccessRequests.Outcome.UnderReview review) {
            model.addAttribute("reason", review.reason());
            model.addAttribute("otherDistributor", review.otherDistributor());
        }
        if (outcome instanceof AccessRequests.Outcome.Rejected rejected) {
            model.addAttribute("reason", rejected.reason());
        }
        return "registration/outcome";
    }

    private String companyPage(DistributorView distributor, Draft draft, Locale locale, Model model) {
        model.addAttribute("distributor", distributor);
        model.addAttribute("draft", draft);
        model.addAttribute("known", requests.knownCompanies(RegistrableDomain.of(draft.domain())));
        model.addAttribute("countries", Countries.in(locale));
        return "registration/company";
    }

    private DistributorView activeDistributor(String slug) {
        if (slug.length() > 63) {
            throw new NotFoundException();
        }
        return partners.distributor(slug).filter(DistributorView::active).orElseThrow(NotFoundException::new);
    }

    private static String draftKey(String slug) {
        return "registration:" + slug;
    }
}
