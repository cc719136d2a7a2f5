package com.partnerportal.university;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.AccountView;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import com.partnerportal.shared.NotFoundException;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor admins manage a company's technical seats (R5.5): holders, limit, release and grant. */
@Controller
@PreAuthorize("hasRole('VENDOR_ADMIN')")
@RequestMapping("/admin/companies/{company}/seats")
class SeatAdministrationController {

    record Holder(TechnicalSeats.Seat seat, AccountView account) {}

    private final TechnicalSeats seats;
    private final Partners partners;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    SeatAdministrationController(
            TechnicalSeats seats, Partners partners, Accounts accounts, ApplicationEventPublisher events) {
        this.seats = seats;
        this.partners = partners;
        this.accounts = accounts;
        this.events = events;
    }

    @GetMapping
    String show(@PathVariable UUID company, @RequestParam(required = false) String request, Model model) {
        model.addAttribute("supportRequest", supportRequest(request));
        var view = partners.company(new CompanyId(company)).orElseThrow(NotFoundException::new);
        List<Holder> holders = seats.seatsOf(company).stream()
                .map(seat -> new Holder(
                        seat, accounts.find(new AccountId(seat.accountId())).orElseThrow()))
                .toList();
        var holderIds = holders.stream().map(h -> h.account().id()).toList();
        model.addAttribute("company", view);
        model.addAttribute("holders", holders);
        model.addAttribute(
                "candidates",
                accounts.usersOf(company).stream()
                        .filter(user -> user.enabled() && !holderIds.contains(user.id()))
                        .toList());
        return "university/seats";
    }

    @PostMapping("/release")
    @Transactional
    String release(
            @PathVariable UUID company,
            @RequestParam UUID account,
            @RequestParam(defaultValue = "") @Size(max = 1000) String reason,
            @RequestParam(required = false) String request,
            Principal admin,
            RedirectAttributes redirect) {
        var user = member(company, account);
        UUID supportRequest = supportRequest(request);
        if (!seats.release(company, account)) {
            throw new NotFoundException();
        }
        announce(company, user, false, admin, reason, supportRequest);
        redirect.addFlashAttribute("notice", "seats.released");
        return back(company, supportRequest);
    }

    @PostMapping("/grant")
    @Transactional
    String grant(
            @PathVariable UUID company,
            @RequestParam UUID account,
            @RequestParam(defaultValue = "") @Size(max = 1000) String reason,
            @RequestParam(required = false) String request,
            Principal admin,
            RedirectAttributes redirect) {
        var user = member(company, account);
        UUID supportRequest = supportRequest(request);
        if (seats.grant(company, account, admin.getName()).isEmpty()) {
            redirect.addFlashAttribute("problem", "seats.noneFree");
        } else {
            announce(company, user, true, admin, reason, supportRequest);
            redirect.addFlashAttribute("notice", "seats.granted");
        }
        return back(company, supportRequest);
    }

    @PostMapping("/limit")
    String limit(
            @PathVariable UUID company,
            @RequestParam(defaultValue = "-1") int limit,
            Principal admin,
            RedirectAttributes redirect) {
        try {
            partners.setTechnicalSeatLimit(new CompanyId(company), limit, admin.getName());
            redirect.addFlashAttribute("notice", "seats.limitChanged");
        } catch (IllegalArgumentException outOfRange) {
            redirect.addFlashAttribute("problem", "seats.limitInvalid");
        }
        return "redirect:/admin/companies/" + company + "/seats";
    }

    /** Only a user of this company: another company's account answers 404 (R8.3). */
    private AccountView member(UUID company, UUID account) {
        return accounts.find(new AccountId(account))
                .filter(user -> company.equals(user.companyId()))
                .orElseThrow(NotFoundException::new);
    }

    /** The support request the admin came from (R5.5), if the address names a well-formed one. */
    private static UUID supportRequest(String request) {
        try {
            return request == null || request.isBlank() ? null : UUID.fromString(request.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static String back(UUID company, UUID supportRequest) {
        return "redirect:/admin/companies/" + company + "/seats"
                + (supportRequest == null ? "" : "?request=" + supportRequest);
    }

    private void announce(
            UUID company, AccountView user, boolean granted, Principal admin, String reason, UUID supportRequest) {
        events.publishEvent(new TechnicalSeatChanged(
                company,
                user.id().value(),
                user.email(),
                user.firstName(),
                user.locale(),
                granted,
                admin.getName(),
                reason.isBlank() ? null : reason.strip(),
                supportRequest));
    }
}
