package com.partnerportal.webhooks.web;

import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.Keyset;
import com.partnerportal.shared.KeysetLinks;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.webhooks.internal.DeliveryStatus;
import com.partnerportal.webhooks.internal.EndpointForm;
import com.partnerportal.webhooks.internal.EventType;
import com.partnerportal.webhooks.internal.Owner;
import com.partnerportal.webhooks.internal.Webhooks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Webhook endpoints in the distributor console and, for the vendor's own, in the administration
 * (R12.1): the same pages under {@code /distributor/{id}/webhooks} and {@code /admin/webhooks}. A
 * new or rotated secret is shown in the answer to the request that made it, never stored in the session.
 */
@Controller
class WebhookController {

    private static final String DISTRIBUTOR = "/distributor/{id}/webhooks";
    private static final String VENDOR = "/admin/webhooks";

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping({DISTRIBUTOR, VENDOR})
    String endpoints(
            @PathVariable(name = "id", required = false) UUID distributorId,
            @AuthenticationPrincipal PortalPrincipal caller,
            Model model) {
        var owner = owner(caller, distributorId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", EndpointForm.blank());
        }
        return listPage(owner, model);
    }

    @PostMapping({DISTRIBUTOR, VENDOR})
    String create(
            @PathVariable(name = "id", required = false) UUID distributorId,
            @Valid @ModelAttribute("form") EndpointForm form,
            BindingResult result,
            @AuthenticationPrincipal PortalPrincipal caller,
            HttpServletRequest request,
            Model model) {
        var owner = owner(caller, distributorId);
        if (!result.hasErrors()) {
            try {
                var created = webhooks.create(owner, form, caller.email());
                model.addAttribute("secret", created.secret());
                model.addAttribute("notice", "webhooks.created");
                return endpointPage(
                        owner, created.endpoint().id(), EndpointForm.of(created.endpoint()), request, model);
            } catch (FormRefusedException refused) {
                refused.rejectInto(result);
            }
        }
        return listPage(owner, model);
    }

    @GetMapping({DISTRIBUTOR + "/{endpoint}", VENDOR + "/{endpoint}"})
    String endpoint(
            @PathVariable(name = "id", required = false) UUID distributorId,
            @PathVariable("endpoint") UUID endpointId,
            @AuthenticationPrincipal PortalPrincipal caller,
            HttpServletRequest request,
            Model model) {
        var owner = owner(caller, distributorId);
        var form = model.containsAttribute("form")
                ? (EndpointForm) model.getAttribute("form")
                : EndpointForm.of(webhooks.endpoint(owner, endpointId));
        return endpointPage(owner, endpointId, form, request, model);
    }

    @PostMapping({DISTRIBUTOR + "/{endpoint}", VENDOR + "/{endpoint}"})
    String update(
            @PathVariable(name = "id", required = false) UUID distributorId,
            @PathVariable("endpoint") UUID endpointId,
            @Valid @ModelAttribute("form") EndpointForm form,
            BindingResult result,
            @AuthenticationPrincipal PortalPrincipal caller,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        var owner = owner(caller, distributorId);
        webhooks.endpoint(owner, endpointId);
        if (!result.hasErrors()) {
            try {
                webhooks.update(owner, endpointId, form, caller.email());
                redirect.addFlashAttribute("notice", "webhooks.saved");
                return "redirect:" + owner.pagePath() + "/" + endpointId;
            } catch (FormRefusedException refused) {
                refused.rejectInto(result);
            }
        }
        return endpointPage(owner, endpointId, form, request, model);
    }

    @PostMapping({DISTRIBUTOR + "/{endpoint}/rotate", VENDOR + "/{endpoint}/rotate"})
    String rotate(
            @PathVariable(name = "id", required = false) UUID distributorId,
            @PathVariable("endpoint") UUID endpointId,
            @AuthenticationPrincipal PortalPrincipal caller,
            HttpServletRequest request,
            Model model) {
        var owner = owner(caller, distributorId);
        var rotated = webhooks.rotateSecret(owner, endpointId, caller.email());
        model.addAttribute("secret", rotated.secret());
        model.addAttribute("notice", "webhooks.rotated");
        return endpointPage(owner, endpointId, EndpointForm.of(rotated.endpoint()), request, model);
    }

    @PostMapping({DISTRIBUTOR + "/{endpoint}/test", VENDOR + "/{endpoint}/test"})
    String sendTest(
            @PathVariable(name = "id", required = false) UUID distributorId,
            @PathVariable("endpoint") UUID endpointId,
            @AuthenticationPrincipal PortalPrincipal caller,
            RedirectAttributes redirect) {
        var owner = owner(caller, distributorId);
        webhooks.sendTest(owner, endpointId, caller.email());
        redirect.addFlashAttribute("notice", "webhooks.testQueued");
        return "redirect:" + owner.pagePath() + "/" + endpointId;
    }

    @PostMapping({DISTRIBUTOR + "/{endpoint}/delete", VENDOR + "/{endpoint}/delete"})
    String delete(
            @PathVariable(name = "id", required = false) UUID distributorId,
            @PathVariable("endpoint") UUID endpointId,
            @AuthenticationPrincipal PortalPrincipal caller,
            RedirectAttributes redirect) {
        var owner = owner(caller, distributorId);
        webhooks.delete(owner, endpointId, caller.email());
        redirect.addFlashAttribute("notice", "webhooks.deleted");
        return "redirect:" + owner.pagePath();
    }

    @PostMapping({
        DISTRIBUTOR + "/{endpoint}/deliveries/{delivery}/redeliver",
        VENDOR + "/{endpoint}/deliveries/{delivery}/redeliver"
    })
    String redeliver(
            @PathVariable(name = "id", required = false) UUID distributorId,
            @PathVariable("endpoint") UUID endpointId,
            @PathVariable("delivery") UUID deliveryId,
            @AuthenticationPrincipal PortalPrincipal caller,
            RedirectAttributes redirect) {
        var owner = owner(caller, distributorId);
        webhooks.redeliver(owner, endpointId, deliveryId, caller.email());
        redirect.addFlashAttribute("notice", "webhooks.redelivered");
        return "redirect:" + owner.pagePath() + "/" + endpointId;
    }

    /** The receivers' guide: headers, payloads, the signature, retries (R12.1). */
    @GetMapping("/webhooks/guide")
    String guide() {
        return "webhooks/guide";
    }

    private Owner owner(PortalPrincipal caller, UUID distributorId) {
        return distributorId == null ? webhooks.vendor(caller) : webhooks.distributor(caller, distributorId);
    }

    private String listPage(Owner owner, Model model) {
        model.addAttribute("owner", owner);
        model.addAttribute("endpoints", webhooks.endpoints(owner));
        model.addAttribute("eventTypes", EventType.subscribable());
        return "webhooks/endpoints";
    }

    private String endpointPage(
            Owner owner, UUID endpointId, EndpointForm form, HttpServletRequest request, Model model) {
        var type = EventType.ofWireName(request.getParameter("event")).orElse(null);
        var status = statusOf(request.getParameter("status"));
        var after = Keyset.parse(request.getParameter("after")).orElse(null);
        var log = webhooks.log(owner, endpointId, type, status, after);
        model.addAttribute("owner", owner);
        model.addAttribute("endpoint", log.endpoint());
        model.addAttribute("form", form);
        model.addAttribute("deliveries", log.deliveries().rows());
        model.addAttribute("links", KeysetLinks.of(request, after == null, log.deliveries()));
        model.addAttribute("eventTypes", EventType.subscribable());
        model.addAttribute("allEventTypes", EventType.values());
        model.addAttribute("statuses", DeliveryStatus.values());
        model.addAttribute("selectedEvent", type == null ? null : type.wireName());
        model.addAttribute("selectedStatus", status);
        model.addAttribute("now", java.time.Instant.now());
        return "webhooks/endpoint";
    }

    private static DeliveryStatus statusOf(String text) {
        for (var status : DeliveryStatus.values()) {
            if (status.name().equals(text)) {
                return status;
            }
        }
        return null;
    }
}
