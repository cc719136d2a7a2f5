package com.partnerportal.deals.web;

import com.partnerportal.deals.internal.DealProducts;
import com.partnerportal.deals.internal.ProductForm;
import com.partnerportal.shared.FormRefusedException;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor admins maintain the product list deals are registered for (R9.1). */
@Controller
class DealProductController {

    private final DealProducts products;

    DealProductController(DealProducts products) {
        this.products = products;
    }

    @GetMapping("/admin/deal-products")
    String list(Model model) {
        model.addAttribute("products", products.all());
        model.addAttribute("autoApprove", products.autoApproves());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ProductForm(null));
        }
        return "deals/admin-products";
    }

    @PostMapping("/admin/deal-products")
    String add(
            @Valid @ModelAttribute("form") ProductForm form,
            BindingResult result,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                products.add(form, admin.getName());
                redirect.addFlashAttribute("notice", "deals.products.added");
                return "redirect:/admin/deal-products";
            } catch (FormRefusedException refused) {
                refused.rejectInto(result);
            }
        }
        return list(model);
    }

    @PostMapping("/admin/deal-rules")
    String rules(@RequestParam(defaultValue = "off") String autoApprove, Principal admin, RedirectAttributes redirect) {
        products.setAutoApprove("on".equals(autoApprove), admin.getName());
        redirect.addFlashAttribute("notice", "deals.rules.saved");
        return "redirect:/admin/deal-products";
    }

    @PostMapping("/admin/deal-products/{id}/retire")
    String retire(@PathVariable UUID id, Principal admin, RedirectAttributes redirect) {
        products.setActive(id, false, admin.getName());
        redirect.addFlashAttribute("notice", "deals.products.retired");
        return "redirect:/admin/deal-products";
    }

    @PostMapping("/admin/deal-products/{id}/offer")
    String offer(@PathVariable UUID id, Principal admin, RedirectAttributes redirect) {
        products.setActive(id, true, admin.getName());
        redirect.addFlashAttribute("notice", "deals.products.offered");
        return "redirect:/admin/deal-products";
    }
}
