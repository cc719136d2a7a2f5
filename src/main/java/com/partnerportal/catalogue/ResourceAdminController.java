package com.partnerportal.catalogue;

import com.partnerportal.files.StoredFiles;
import com.partnerportal.shared.NotFoundException;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor admins upload, describe, publish and retire catalogue resources (R6.1); every change is audited. */
@Controller
@PreAuthorize("hasRole('VENDOR_ADMIN')")
class ResourceAdminController {

    private static final Set<String> STATUSES = Set.of("DRAFT", "PUBLISHED", "RETIRED");

    private final ResourceStore store;
    private final Resources resources;
    private final CatalogueProperties properties;
    private final ApplicationEventPublisher events;

    ResourceAdminController(
            ResourceStore store,
            Resources resources,
            CatalogueProperties properties,
            ApplicationEventPublisher events) {
        this.store = store;
        this.resources = resources;
        this.properties = properties;
        this.events = events;
    }

    @GetMapping("/admin/resources")
    String list(Model model) {
        model.addAttribute("resources", store.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("publishedOn", today().toString(), "language", "en"));
        }
        return form(model);
    }

    @PostMapping("/admin/resources")
    @Transactional
    String create(
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) MultipartFile file,
            Principal admin,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var parsed = ResourceFields.parse(form, today());
        Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
        boolean hasFile = chosen(file);
        boolean hasLink = !form.getOrDefault("link", "").isBlank();
        if (hasFile == hasLink) {
            errors.putIfAbsent("file", "resources.error.fileOrLink");
        }
        Resources.Added added = null;
        if (errors.isEmpty()) {
            added = resources.add(parsed.fields(), upload(file), "DRAFT");
            if (added.id().isEmpty()) {
                errors.put("file", added.problem());
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            model.addAttribute("resources", store.all());
            return form(model);
        }
        UUID id = added.id().get();
        events.publishEvent(new ResourceChanged(
                admin.getName(), id, "Resource \"" + parsed.fields().title() + "\" created as draft"));
        redirect.addFlashAttribute("notice", "resources.created");
        return "redirect:/admin/resources/" + id;
    }

    @GetMapping("/admin/resources/{id}")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("resource", store.find(id).orElseThrow(NotFoundException::new));
        return form(model);
    }

    @PostMapping("/admin/resources/{id}")
    @Transactional
    String save(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Principal admin,
            RedirectAttributes redirect) {
        var resource = store.find(id).orElseThrow(NotFoundException::new);
        var parsed = ResourceFields.parse(form, today());
        Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
        String status = form.getOrDefault("status", resource.status());
        if (!STATUSES.contains(status)) {
            errors.put("status", "resources.error.status");
        }
        if (resource.link() != null && parsed.fields().link() == null) {
            errors.put("link", "resources.error.link");
        }
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("errors", errors);
            return "redirect:/admin/resources/" + id;
        }
        store.update(id, parsed.fields(), status);
        events.publishEvent(new ResourceChanged(
                admin.getName(), id, "Resource \"" + parsed.fields().title() + "\" saved as " + status));
        redirect.addFlashAttribute("notice", "resources.saved");
        return "redirect:/admin/resources/" + id;
    }

    @PostMapping("/admin/resources/{id}/file")
    @Transactional
    String replaceFile(
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file,
            Principal admin,
            RedirectAttributes redirect)
            throws IOException {
        var resource = store.find(id).orElseThrow(NotFoundException::new);
        String problem = chosen(file) ? resources.replaceFile(id, upload(file).orElseThrow()) : "file.problem.missing";
        if (problem != null) {
            redirect.addFlashAttribute("errors", Map.of("file", problem));
            return "redirect:/admin/resources/" + id;
        }
        events.publishEvent(new ResourceChanged(
                admin.getName(),
                id,
                "Resource \"" + resource.title() + "\" given the file " + file.getOriginalFilename()));
        redirect.addFlashAttribute("notice", "resources.fileReplaced");
        return "redirect:/admin/resources/" + id;
    }

    private String form(Model model) {
        model.addAttribute("types", ResourceType.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("maxFileSize", properties.maxFileSize().toMegabytes() + " MB");
        model.addAttribute("extensions", StoredFiles.allowedExtensions());
        return model.containsAttribute("resource") ? "catalogue/admin-resource" : "catalogue/admin-resources";
    }

    private static boolean chosen(MultipartFile file) {
        return file != null
                && file.getOriginalFilename() != null
                && !file.getOriginalFilename().isEmpty();
    }

    private static Optional<Resources.Upload> upload(MultipartFile file) throws IOException {
        return chosen(file)
                ? Optional.of(new Resources.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream()))
                : Optional.empty();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
