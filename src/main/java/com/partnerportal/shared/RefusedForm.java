package com.partnerportal.shared;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Carries a refused form, with what was typed and why it was refused, through the redirect back to
 * the page that holds it (post, redirect, get: reloading that page never sends the form again). The
 * page's handler keeps a form it finds in the model instead of filling a fresh one.
 */
public final class RefusedForm {

    private RefusedForm() {}

    /** @param name the model attribute the page's {@code th:object} reads */
    public static String redirectBack(
            RedirectAttributes redirect, String name, Object form, BindingResult result, String page) {
        redirect.addFlashAttribute(name, form);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
        return "redirect:" + page;
    }
}
