package com.partnerportal.programme.web;

import com.partnerportal.programme.internal.LevelForm;
import com.partnerportal.programme.internal.OverrideForm;
import com.partnerportal.programme.internal.ProgrammeAdministration;
import com.partnerportal.programme.internal.RateForm;
import com.partnerportal.programme.internal.SettingsForm;
import com.partnerportal.shared.Choice;
import com.partnerportal.shared.FormRefusedException;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor admins define the programme (R10.1), follow its recomputation (R10.2) and override a company's level (R10.3). */
@Controller
class ProgrammeAdminController {

    private static final String HOME = "redirect:/admin/programme";

    private final ProgrammeAdministration administration;
    private final LevelNames levelNames;

    ProgrammeAdminController(ProgrammeAdministration administration, LevelNames levelNames) {
        this.administration = administration;
        this.levelNames = levelNames;
    }

    @GetMapping("/admin/programme")
    String show(Model model) {
        model.addAttribute("levels", administration.levels());
        model.addAttribute("certifications", administration.certificationsById());
        model.addAttribute("rates", administration.rates());
        model.addAttribute("missingRates", administration.currenciesWithoutRate());
        model.addAttribute("progress", administration.progress().orElse(null));
        if (!model.containsAttribute("settingsForm")) {
            model.addAttribute("settingsForm", SettingsForm.of(administration.settings()));
        }
        if (!model.containsAttribute("rateForm")) {
            model.addAttribute("rateForm", new RateForm(null, null));
        }
        return "programme/admin";
    }

    /** The recomputation's progress, which the admin page polls while it runs. */
    @GetMapping("/admin/programme/progress")
    String progress(Model model) {
        model.addAttribute("progress", administration.progress().orElse(null));
        return "programme/admin :: progress";
    }

    @PostMapping("/admin/programme/recompute")
    String recompute(Principal admin, RedirectAttributes redirect) {
        administration.recompute("asked by an admin", admin.getName());
        redirect.addFlashAttribute("notice", "programme.recompute.started");
        return HOME;
    }

    @GetMapping("/admin/programme/levels/new")
    String newLevel(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", LevelForm.blank());
        }
        return levelPage(null, model);
    }

    @PostMapping("/admin/programme/levels")
    String create(
            @Valid @ModelAttribute("form") LevelForm form,
            BindingResult result,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                administration.create(form, admin.getName());
                redirect.addFlashAttribute("notice", "programme.level.created");
                return HOME;
            } catch (FormRefusedException refused) {
                refused.rejectInto(result);
            }
        }
        return levelPage(null, model);
    }

    @GetMapping("/admin/programme/levels/{id}")
    String edit(@PathVariable UUID id, Model model) {
        var level = administration.level(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", LevelForm.of(level));
        }
        return levelPage(id, model);
    }

    @PostMapping("/admin/programme/levels/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") LevelForm form,
            BindingResult result,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        administration.level(id);
        if (!result.hasErrors()) {
            try {
                administration.update(id, form, admin.getName());
                redirect.addFlashAttribute("notice", "programme.level.saved");
                return HOME;
            } catch (FormRefusedException refused) {
                refused.rejectInto(result);
            }
        }
        return levelPage(id, model);
    }

    @PostMapping("/admin/programme/levels/{id}/retire")
    String retire(@PathVariable UUID id, Principal admin, RedirectAttributes redirect) {
        administration.setRetired(id, true, admin.getName());
        redirect.addFlashAttribute("notice", "programme.level.retired");
        return HOME;
    }

    @PostMapping("/admin/programme/levels/{id}/restore")
    String restore(@PathVariable UUID id, Principal admin, RedirectAttributes redirect) {
        administration.setRetired(id, false, admin.getName());
        redirect.addFlashAttribute("notice", "programme.level.restored");
        return HOME;
    }

    @PostMapping("/admin/programme/levels/{id}/up")
    String up(@PathVariable UUID id, Principal admin, RedirectAttributes redirect) {
        administration.move(id, true, admin.getName());
        redirect.addFlashAttribute("notice", "programme.level.moved");
        return HOME;
    }

    @PostMapping("/admin/programme/levels/{id}/down")
    String down(@PathVariable UUID id, Principal admin, RedirectAttributes redirect) {
        administration.move(id, false, admin.getName());
        redirect.addFlashAttribute("notice", "programme.level.moved");
        return HOME;
    }

    @PostMapping("/admin/programme/settings")
    String settings(
            @Valid @ModelAttribute("settingsForm") SettingsForm form,
            BindingResult result,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return show(model);
        }
        administration.saveSettings(form, admin.getName());
        redirect.addFlashAttribute("notice", "programme.settings.saved");
        return HOME;
    }

    @PostMapping("/admin/programme/rates")
    String rate(
            @Valid @ModelAttribute("rateForm") RateForm form,
            BindingResult result,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return show(model);
        }
        administration.setRate(form, admin.getName());
        redirect.addFlashAttribute("notice", "programme.rates.saved");
        return HOME;
    }

    @PostMapping("/admin/programme/rates/{currency}/remove")
    String removeRate(@PathVariable String currency, Principal admin, RedirectAttributes redirect) {
        administration.removeRate(currency, admin.getName());
        redirect.addFlashAttribute("notice", "programme.rates.removed");
        return HOME;
    }

    @GetMapping("/admin/companies/{company}/level")
    String companyLevel(@PathVariable UUID company, Locale locale, Model model) {
        model.addAttribute("company", administration.company(company));
        model.addAttribute("standing", administration.standingOf(company));
        model.addAttribute("history", administration.historyOf(company));
        model.addAttribute("levels", administration.levels());
        model.addAttribute("levelChoices", levelNames.options(administration.levels(), locale));
        model.addAttribute("levelsById", levelNames.byId(administration.levels()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OverrideForm(null, null, null));
        }
        return "programme/company";
    }

    @PostMapping("/admin/companies/{company}/level")
    String override(
            @PathVariable UUID company,
            @Valid @ModelAttribute("form") OverrideForm form,
            BindingResult result,
            Principal admin,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        administration.standingOf(company);
        if (!result.hasErrors()) {
            try {
                administration.override(company, form, admin.getName());
                redirect.addFlashAttribute("notice", "programme.override.set");
                return "redirect:/admin/companies/" + company + "/level";
            } catch (FormRefusedException refused) {
                refused.rejectInto(result);
            }
        }
        return companyLevel(company, locale, model);
    }

    @PostMapping("/admin/companies/{company}/level/end")
    String endOverride(@PathVariable UUID company, Principal admin, RedirectAttributes redirect) {
        administration.endOverride(company, admin.getName());
        redirect.addFlashAttribute("notice", "programme.override.ended");
        return "redirect:/admin/companies/" + company + "/level";
    }

    private String levelPage(UUID id, Model model) {
        model.addAttribute("levelId", id);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute(
                "certifications",
                administration.certifications().stream()
                        .map(c -> new Choice(c.id().toString(), c.title(locale)))
                        .toList());
        model.addAttribute("reportingCurrency", administration.settings().reportingCurrency());
        return "programme/level";
    }
}
