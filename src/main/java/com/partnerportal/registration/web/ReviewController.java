package com.partnerportal.registration.web;

import com.partnerportal.partners.Partners;
import com.partnerportal.registration.internal.Reviews;
import com.partnerportal.shared.Choice;
import com.partnerportal.shared.Keyset;
import com.partnerportal.shared.KeysetLinks;
import com.partnerportal.shared.PortalPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review queue and one request's review (R3.8). */
@Controller
@RequestMapping("/review")
class ReviewController {

    private final Reviews reviews;

    ReviewController(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    String queue(
            @AuthenticationPrincipal PortalPrincipal reviewer,
            @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(required = false) String after,
            HttpServletRequest request,
            Model model) {
        var place = Keyset.parse(after);
        var page = reviews.queue(reviewer, all, place.orElse(null));
        model.addAttribute("requests", page.rows());
        model.addAttribute("pages", KeysetLinks.of(request, place.isEmpty(), page));
        model.addAttribute("all", all);
        return "registration/queue";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal PortalPrincipal reviewer, @PathVariable UUID id, Model model) {
        var reviewCase = reviews.open(reviewer, id);
        model.addAttribute("reviewCase", reviewCase);
        model.addAttribute(
                "otherCompanies",
                reviewCase.otherCompanies().stream()
                        .map(company -> new Choice(company.id().value().toString(), company.name()))
                        .toList());
        return "registration/review";
    }

    @PostMapping("/{id}/approve")
    String approve(
            @AuthenticationPrincipal PortalPrincipal reviewer,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "new") @Size(max = 100) String company,
            @RequestParam(required = false) @Size(max = 100) String otherCompany,
            RedirectAttributes redirect) {
        reviews.visible(reviewer, id); // another reviewer's request answers 404 before anything is checked
        Reviews.CompanyChoice choice;
        try {
            choice = switch (company) {
                case "new" -> Reviews.CompanyChoice.newCompany();
                case "other" -> new Reviews.CompanyChoice(UUID.fromString(String.valueOf(otherCompany)), true);
                default -> new Reviews.CompanyChoice(UUID.fromString(company), false);
            };
        } catch (IllegalArgumentException notAnId) {
            redirect.addFlashAttribute("problem", "review.companyNeeded");
            return "redirect:/review/" + id;
        }
        try {
            var approval = reviews.approve(reviewer, id, choice);
            redirect.addFlashAttribute(
                    "notice", approval == Reviews.Approval.SENT_TO_VENDOR ? "review.sentToVendor" : "review.approved");
            return "redirect:/review";
        } catch (Partners.AssociatedElsewhereException elsewhere) {
            redirect.addFlashAttribute("problem", "review.associatedElsewhere");
        } catch (Reviews.AlreadyDecidedException decided) {
            redirect.addFlashAttribute("problem", "review.alreadyDecided");
        } catch (Reviews.CompanyNeededException needed) {
            redirect.addFlashAttribute("problem", "review.companyNeeded");
        } catch (Reviews.CompanyNotOfferedException notOffered) {
            redirect.addFlashAttribute("problem", "review.companyNotOffered");
        } catch (Partners.DomainTakenException taken) {
            redirect.addFlashAttribute("problem", "review.domainTaken");
        }
        return "redirect:/review/" + id;
    }

    @PostMapping("/{id}/reject")
    String reject(
            @AuthenticationPrincipal PortalPrincipal reviewer,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") @Size(max = 2000) String reason,
            RedirectAttributes redirect) {
        reviews.visible(reviewer, id); // another reviewer's request answers 404 before anything is checked
        if (reason.isBlank() || reason.length() > 1000) {
            redirect.addFlashAttribute("problem", "review.reasonNeeded");
            return "redirect:/review/" + id;
        }
        try {
            reviews.reject(reviewer, id, reason.strip());
            redirect.addFlashAttribute("notice", "review.rejected");
            return "redirect:/review";
        } catch (Reviews.AlreadyDecidedException decided) {
            redirect.addFlashAttribute("problem", "review.alreadyDecided");
            return "redirect:/review/" + id;
        }
    }
}
