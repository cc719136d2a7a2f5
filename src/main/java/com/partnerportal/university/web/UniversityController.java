package com.partnerportal.university.web;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.AccountView;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.university.Track;
import com.partnerportal.university.internal.Course;
import com.partnerportal.university.internal.CourseAccess;
import com.partnerportal.university.internal.CourseContent;
import com.partnerportal.university.internal.CourseStore;
import com.partnerportal.university.internal.Learning;
import com.partnerportal.university.internal.ScormPlayer;
import com.partnerportal.university.internal.TechnicalSeats;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    private final CourseStore courseStore;
    private final TechnicalSeats seats;
    private final Accounts accounts;
    private final CourseAccess access;
    private final Learning learning;
    private final CourseContent content;
    private final Partners partners;
    private final ScormPlayer scormPlayer;

    UniversityController(
            CourseStore courseStore,
            TechnicalSeats seats,
            Accounts accounts,
            CourseAccess access,
            Learning learning,
            CourseContent content,
            Partners partners,
            ScormPlayer scormPlayer) {
        this.partners = partners;
        this.scormPlayer = scormPlayer;
        this.courseStore = courseStore;
        this.seats = seats;
        this.accounts = accounts;
        this.access = access;
        this.learning = learning;
        this.content = content;
    }

    @GetMapping("/university")
    String university(@AuthenticationPrincipal PortalPrincipal user, Model model) {
        boolean partner = user.companyId() != null;
        boolean launched = !partner || seats.launched(accountOf(user));
        boolean technical = !partner || seats.holds(accountOf(user));
        model.addAttribute("launched", launched);
        model.addAttribute("technical", technical);
        model.addAttribute("partner", partner);
        if (launched) {
            Map<Track, List<Course>> byTrack = new EnumMap<>(Track.class);
            for (Course course : courseStore.published()) {
                if (technical || !course.track().needsSeat()) {
                    byTrack.computeIfAbsent(course.track(), track -> new java.util.ArrayList<>())
                            .add(course);
                }
            }
            model.addAttribute("tracks", byTrack);
        }
        if (partner) {
            // R5.6: who in my company holds the technical seats, by name only.
            List<AccountId> holders = seats.holders(new CompanyId(user.companyId()));
            Map<AccountId, AccountView> holderAccounts = accounts.findAll(holders);
            model.addAttribute(
                    "holders",
                    holders.stream()
                            .map(holderAccounts::get)
                            .filter(Objects::nonNull)
                            .map(AccountView::displayName)
                            .toList());
            // R10.4: the limit in force, from the company's programme level or the vendor's setting.
            model.addAttribute(
                    "seatLimit",
                    partners.company(new CompanyId(user.companyId()))
                            .map(company -> company.technicalSeatLimit())
                            .orElse(0));
        }
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
