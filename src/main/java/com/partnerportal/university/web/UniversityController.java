package com.partnerportal.university.web;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.university.internal.CourseAccess;
import com.partnerportal.university.internal.CourseContent;
import com.partnerportal.university.internal.Learning;
import com.partnerportal.university.internal.ScormPlayer;
import com.partnerportal.university.internal.TechnicalSeats;
import com.partnerportal.university.internal.UniversityHome;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The Partner University page (R5.2, R5.3): the launch, then the courses by track. Without a
 * technical seat, technical courses are neither listed nor reachable by address (404).
 */
@Controller
class UniversityController {

    private final UniversityHome home;
    private final TechnicalSeats seats;
    private final CourseAccess access;
    private final Learning learning;
    private final CourseContent content;
    private final ScormPlayer scormPlayer;

    UniversityController(
            UniversityHome home,
            TechnicalSeats seats,
            CourseAccess access,
            Learning learning,
            CourseContent content,
            ScormPlayer scormPlayer) {
        this.home = home;
        this.seats = seats;
        this.access = access;
        this.learning = learning;
        this.content = content;
        this.scormPlayer = scormPlayer;
    }

    @GetMapping("/university")
    String university(@AuthenticationPrincipal PortalPrincipal user, Model model) {
        var page = home.of(user);
        model.addAttribute("partner", page.partner());
        model.addAttribute("launched", page.launched());
        model.addAttribute("technical", page.technical());
        model.addAttribute("tracks", page.tracks());
        model.addAttribute("holders", page.holders());
        model.addAttribute("seatLimit", page.seatLimit());
        return "university/index";
    }

    @PostMapping("/university/launch")
    String launch(@AuthenticationPrincipal PortalPrincipal user) {
        if (user.companyId() != null) {
            seats.launch(accountOf(user), new CompanyId(user.companyId()));
        }
        return "redirect:/university";
    }

    @GetMapping("/university/courses/{slug}")
    String course(
            @AuthenticationPrincipal PortalPrincipal user, @PathVariable @Size(max = 100) String slug, Model model) {
        var course = access.open(user, slug);
        model.addAttribute("course", course);
        model.addAttribute("lessons", content.lessons(course.id()));
        model.addAttribute("quiz", learning.quizFor(user.userId(), course));
        model.addAttribute("attempts", learning.attempts(user.userId(), course));
        model.addAttribute("progress", learning.progress(user.userId(), course.id()));
        model.addAttribute("done", learning.lessonsDone(user.userId(), course.id()));
        model.addAttribute("passMark", Learning.PASS_MARK);
        model.addAttribute(
                "scorm", scormPlayer.current(course.id(), user.userId()).orElse(null));
        return "university/course";
    }

    private static AccountId accountOf(PortalPrincipal user) {
        return new AccountId(user.userId());
    }
}
