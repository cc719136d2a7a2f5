package com.partnerportal.accounts.web;

import com.partnerportal.accounts.internal.DatabaseClientRegistrations;
import com.partnerportal.accounts.internal.IdentityProviderForm;
import com.partnerportal.accounts.internal.IdentityProviders;
import com.partnerportal.partners.CompanyView;
import com.partnerportal.partners.Partners;
import com.partnerportal.shared.Choice;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.shared.PortalProperties;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration → Identity providers (R11.2, R11.3): connect a partner company or the vendor's staff
 * to an OpenID Connect provider, test the connection, change or remove it. The client secret typed
 * is never sent back to the page.
 */
@Controller
class IdentityProviderAdminController {

    private static final String PAGE = "/admin/identity-providers";

    private final IdentityProviders providers;
    private final Partners partners;
    private final PortalProperties portal;
    private final MessageSource messages;

    IdentityProviderAdminController(
            IdentityProviders providers, Partners partners, PortalProperties portal, MessageSource messages) {
        this.providers = providers;
        this.partners = partners;
        this.portal = portal;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String list(Model model) {
        return listPage(IdentityProviderForm.blank(), model);
    }

    /** {@code action=test} only tests the connection; anything else connects the provider. */
    @PostMapping(PAGE)
    String connect(
            @Valid @ModelAttribute("form") IdentityProviderForm form,
            BindingResult result,
            @RequestParam(name = "action", required = false) String action,
            @AuthenticationPrincipal PortalPrincipal caller,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if ("test".equals(action)) {
                    model.addAttribute("tested", providers.test(form));
                } else {
                    var id = providers.connect(form, caller.email());
                    redirect.addFlashAttribute("notice", "sso.connected");
                    return "redirect:" + PAGE + "/" + id;
                }
            } catch (FormRefusedException refused) {
                refused.rejectInto(result);
            }
        }
        return listPage(form, model);
    }

    @GetMapping(PAGE + "/{id}")
    String provider(@PathVariable("id") UUID id, Model model) {
        return providerPage(id, IdentityProviderForm.of(providers.find(id)), model);
    }

    @PostMapping(PAGE + "/{id}")
    String change(
            @PathVariable("id") UUID id,
            @Valid @ModelAttribute("form") IdentityProviderForm form,
            BindingResult result,
            @RequestParam(name = "action", required = false) String action,
            @AuthenticationPrincipal PortalPrincipal caller,
            Model model,
            RedirectAttributes redirect) {
        providers.find(id);
        if (!result.hasErrors()) {
            try {
                if ("test".equals(action)) {
                    model.addAttribute("tested", providers.test(form));
                } else {
                    providers.change(id, form, caller.email());
                    redirect.addFlashAttribute("notice", "sso.saved");
                    return "redirect:" + PAGE + "/" + id;
                }
            } catch (FormRefusedException refused) {
                refused.rejectInto(result);
            }
        }
        return providerPage(id, form, model);
    }

    @PostMapping(PAGE + "/{id}/remove")
    String remove(
            @PathVariable("id") UUID id, @AuthenticationPrincipal PortalPrincipal caller, RedirectAttributes redirect) {
        providers.remove(id, caller.email());
        redirect.addFlashAttribute("notice", "sso.removed");
        return "redirect:" + PAGE;
    }

    private String listPage(IdentityProviderForm form, Model model) {
        model.addAttribute("providers", providers.list());
        model.addAttribute("owners", owners());
        model.addAttribute("callback", portal.link(DatabaseClientRegistrations.CALLBACK));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "admin/identity-providers";
    }

    private String providerPage(UUID id, IdentityProviderForm form, Model model) {
        model.addAttribute("listed", providers.listed(id));
        model.addAttribute("callback", portal.link(DatabaseClientRegistrations.CALLBACK));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "admin/identity-provider";
    }

    private List<Choice> owners() {
        var owners = new ArrayList<Choice>();
        owners.add(new Choice(
                IdentityProviderForm.VENDOR,
                messages.getMessage("sso.owner.vendor", null, LocaleContextHolder.getLocale())));
        for (CompanyView company : partners.companiesByName()) {
            owners.add(new Choice(company.id().value().toString(), company.name()));
        }
        return owners;
    }
}
