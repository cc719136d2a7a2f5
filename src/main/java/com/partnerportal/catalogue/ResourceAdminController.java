package com.partnerportal.catalogue;

import com.partnerportal.files.StoredFiles;
import com.partnerportal.shared.FormRefusedException;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

    ResourceAdminController(ResourceAdministration administration, CatalogueProperties properties) {
        this.administration = administration;
        this.properties = properties;
    }

    @GetMapping("/admin/resources")
    String list(Model model) {
        model.addAttribute("resources", administration.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form", Map.of("publishedOn", ResourceAdministration.today().toString(), "language", "en"));
        }
        return form(model);
    }

    @PostMapping("/admin/resources")
    String create(
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) MultipartFile file,
            Principal admin,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            UUID id = administration.create(form, upload(file), admin.getName());
            redirect.addFlashAttribute("notice", "resources.created");
            return "redirect:/admin/resources/" + id;
        } catch (FormRefusedException refused) {
            model.addAttribute("form", form);
            model.addAttribute("errors", refused.errors());
            model.addAttribute("resources", administration.all());
            return form(model);
        }
    }

    @GetMapping("/admin/resources/{id}")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("resource", administration.find(id));
        return form(model);
    }

    @PostMapping("/admin/resources/{id}")
    String save(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Principal admin,
            RedirectAttributes redirect) {
        try {
            administration.save(id, form, admin.getName());
            redirect.addFlashAttribute("notice", "resources.saved");
        } catch (FormRefusedException refused) {
            redirect.addFlashAttribute("errors", refused.errors());
        }
        return "redirect:/admin/resources/" + id;
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
            redirect.addFlashAttribute("errors", refused.errors());
        }
        return "redirect:/admin/resources/" + id;
    }

    private String form(Model model) {
        model.addAttribute("types", ResourceType.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("maxFileSize", properties.maxFileSize().toMegabytes() + " MB");
        model.addAttribute("extensions", StoredFiles.allowedExtensions());
        return model.containsAttribute("resource") ? "catalogue/admin-resource" : "catalogue/admin-resources";
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
