package com.partnerportal.accounts.web;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.internal.Role;
import com.partnerportal.accounts.internal.RoleScopeException;
import com.partnerportal.accounts.internal.UserAdministration;
import com.partnerportal.partners.Partners;
import com.partnerportal.shared.Choice;
import com.partnerportal.shared.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor admins manage users: search, disable/enable, change role, resend activation, login history. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAdministration administration;
    private final Partners partners;

    UserAdminController(UserAdministration administration, Partners partners) {
        this.administration = administration;
        this.partners = partners;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        int current = Math.max(page, 0);
        var result = administration.search(q, role, current);
        model.addAttribute("accounts", result.accounts());
        model.addAttribute("total", result.total());
        model.addAttribute("pages", PageLinks.of(request, current, UserAdministration.PAGE_SIZE, result.total()));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        var account = administration.find(new AccountId(id)).orElseThrow(UserAdminController::notFound);
        model.addAttribute("account", account);
        model.addAttribute("logins", administration.loginHistory(account.id()));
        model.addAttribute("roles", Role.values());
        model.addAttribute(
                "distributors",
                partners.distributors().stream()
                        .map(d -> new Choice(d.id().value().toString(), d.name()))
                        .toList());
        model.addAttribute(
                "company",
                account.companyId() == null
                        ? null
                        : partners.company(new com.partnerportal.partners.CompanyId(account.companyId()))
                                .orElse(null));
        model.addAttribute(
                "distributor",
                account.distributorId() == null
                        ? null
                        : partners.distributor(new com.partnerportal.partners.DistributorId(account.distributorId()))
                                .orElse(null));
        return "admin/user";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable UUID id, Principal admin, RedirectAttributes redirect) {
        return act(id, redirect, "users.disabled", () -> administration.disable(new AccountId(id), admin.getName()));
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable UUID id, Principal admin, RedirectAttributes redirect) {
        return act(id, redirect, "users.enabled", () -> administration.enable(new AccountId(id), admin.getName()));
    }

    @PostMapping("/{id}/role")
    String changeRole(
            @PathVariable UUID id,
            @RequestParam Role role,
            @RequestParam(required = false) UUID distributor,
            Principal admin,
            RedirectAttributes redirect) {
        if (distributor != null
                && partners.distributor(new com.partnerportal.partners.DistributorId(distributor))
                        .isEmpty()) {
            redirect.addFlashAttribute("problem", "users.roleScope");
            return "redirect:/admin/users/" + id;
        }
        return act(
                id,
                redirect,
                "users.roleChanged",
                () -> administration.changeRole(new AccountId(id), role, distributor, admin.getName()));
    }

    @PostMapping("/{id}/company-admin")
    String setCompanyAdmin(
            @PathVariable UUID id, @RequestParam boolean admin, Principal actor, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                admin ? "users.companyAdmin.named" : "users.companyAdmin.removed",
                () -> administration.setCompanyAdmin(new AccountId(id), admin, actor.getName()));
    }

    @PostMapping("/{id}/resend-activation")
    String resendActivation(@PathVariable UUID id, Principal admin, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "users.activationResent",
                () -> administration.resendActivation(new AccountId(id), admin.getName()));
    }

    private String act(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
        if (administration.find(new AccountId(id)).isEmpty()) {
            throw notFound();
        }
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (UserAdministration.SelfChangeException self) {
            redirect.addFlashAttribute("problem", "users.notYourself");
        } catch (RoleScopeException scope) {
            redirect.addFlashAttribute("problem", "users.roleScope");
        } catch (IllegalStateException alreadyActive) {
            redirect.addFlashAttribute("problem", "users.alreadyActivated");
        }
        return "redirect:/admin/users/" + id;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
