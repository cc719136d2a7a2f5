package com.partnerportal.catalogue;

import com.partnerportal.files.StoredFiles;
import com.partnerportal.programme.Programme;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.RefusedForm;
import jakarta.validation.Valid;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor admins upload, describe, publish and retire catalogue resources (R6.1). */
@Controller
class ResourceAdminController {

    private final ResourceAdministration administration;
    private final CatalogueProperties properties;
    private final Programme programme;

    ResourceAdminController(
            ResourceAdministration administration, CatalogueProperties properties, Programme programme) {
        this.programme = programme;
        this.administration = administration;
        this.properties = properties;
    }

    @GetMapping("/admin/resources")
    String list(Model model) {
        model.addAttribute("resources", administration.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ResourceForm.blank());
        }
        return form(model);
    }

    @PostMapping("/admin/resources")
    String create(
            @Valid @ModelAttribute("form") ResourceForm form,
            BindingResult result,
            @RequestParam(required = false) MultipartFile file,
            Principal admin,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (!result.hasErrors()) {
            try {
                UUID id = administration.create(form, upload(file), admin.getName());
                redirect.addFlashAttribute("notice", "resources.created");
                return "redirect:/admin/resources/" + id;
            } catch (FormRefusedException refused) {
                refused.rejectInto(result, maxFileSize(), StoredFiles.allowedExtensions());
            }
        }
        return list(model);
    }

    @GetMapping("/admin/resources/{id}")
    String edit(@PathVariable UUID id, Model model) {
        var resource = administration.find(id);
        model.addAttribute("resource", resource);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ResourceForm.of(resource));
        }
        return form(model);
    }

    @PostMapping("/admin/resources/{id}")
    String save(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ResourceForm form,
            BindingResult result,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                administration.save(id, form, admin.getName());
                redirect.addFlashAttribute("notice", "resources.saved");
                return "redirect:/admin/resources/" + id;
            } catch (FormRefusedException refused) {
                refused.rejectInto(result);
            }
        }
        return RefusedForm.redirectBack(redirect, "form", form, result, "/admin/resources/" + id);
    }

    @PostMapping("/admin/resources/{id}/file")
    String replaceFile(
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file,
            Principal admin,
            RedirectAttributes redirect)
            throws IOException {
        try {
            administration.replaceFile(id, upload(file), admin.getName());
            redirect.addFlashAttribute("notice", "resources.fileReplaced");
        } catch (FormRefusedException refused) {
            redirect.addFlashAttribute("problems", refused.problems());
        }
        return "redirect:/admin/resources/" + id;
    }

    private String form(Model model) {
        model.addAttribute("levels", programme.choices(LocaleContextHolder.getLocale()));
        model.addAttribute("types", ResourceType.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("maxFileSize", maxFileSize());
        model.addAttribute("extensions", StoredFiles.allowedExtensions());
        return model.containsAttribute("resource") ? "catalogue/admin-resource" : "catalogue/admin-resources";
    }

    private String maxFileSize() {
        return properties.maxFileSize().toMegabytes() + " MB";
    }

    /** The file chosen in the form, if one was. */
    private static Optional<Resources.Upload> upload(MultipartFile file) throws IOException {
        boolean chosen = file != null
                && file.getOriginalFilename() != null
                && !file.getOriginalFilename().isEmpty();
        return chosen
                ? Optional.of(new Resources.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream()))
                : Optional.empty();
    }
}
