package com.partnerportal.webhooks.web;

import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.Keyset;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.webhooks.internal.Delivery;
import com.partnerportal.webhooks.internal.DeliveryStatus;
import com.partnerportal.webhooks.internal.Endpoint;
import com.partnerportal.webhooks.internal.EndpointForm;
import com.partnerportal.webhooks.internal.EventType;
import com.partnerportal.webhooks.internal.Owner;
import com.partnerportal.webhooks.internal.Webhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A distributor's webhook endpoints through the API (R12.1), with a key from its console: the same
 * rules as the console's pages; another distributor's endpoint answers 404.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(
        name = "Webhooks",
        description = "Endpoints that receive signed events; see the receivers' guide at /webhooks/guide")
@SecurityRequirement(name = "apiKey")
class WebhookApiController {

    record EndpointBody(
            @Size(max = 2000) String url,
            @Size(max = 500) String description,
            @Size(max = 20) List<String> events,
            Boolean active) {}

    record EndpointResource(
            UUID id,
            String url,
            String description,
            List<String> events,
            boolean active,
            Instant previousSecretValidUntil,
            Instant failingSince,
            Instant createdAt) {}

    record CreatedResource(EndpointResource endpoint, String secret) {}

    record DeliveryResource(
            UUID id,
            String webhookId,
            String type,
            DeliveryStatus status,
            int attempts,
            Integer lastResponseStatus,
            String lastResponseExcerpt,
            String lastError,
            Instant createdAt,
            Instant lastAttemptAt,
            Instant deliveredAt) {}

    record DeliveryPage(List<DeliveryResource> deliveries, String next) {}

    record Queued(UUID deliveryId) {}

    /** The endpoint in the request breaks a rule; nothing was saved. */
    static class InvalidEndpointException extends RuntimeException {

        private final transient Map<String, String> problems;

        InvalidEndpointException(Map<String, String> problems) {
            super(String.join(" ", problems.values()));
            this.problems = Map.copyOf(problems);
        }

        Map<String, String> problems() {
            return problems;
        }
    }

    private final Webhooks webhooks;
    private final Validator validator;
    private final MessageSource messages;

    WebhookApiController(Webhooks webhooks, Validator validator, MessageSource messages) {
        this.webhooks = webhooks;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The distributor's endpoints")
    List<EndpointResource> list(@AuthenticationPrincipal PortalPrincipal client) {
        return webhooks.endpoints(owner(client)).stream()
                .map(WebhookApiController::resource)
                .toList();
    }

    @PostMapping
    @Operation(summary = "Add an endpoint: 201 with its signing secret, shown this once")
    ResponseEntity<CreatedResource> create(
            @AuthenticationPrincipal PortalPrincipal client, @RequestBody EndpointBody body, Locale locale) {
        var owner = owner(client);
        var form = checked(body, locale);
        try {
            var created = webhooks.create(owner, form, client.email());
            return ResponseEntity.created(
                            URI.create("/api/v1/webhooks/" + created.endpoint().id()))
                    .body(new CreatedResource(resource(created.endpoint()), created.secret()));
        } catch (FormRefusedException refused) {
            throw invalid(refused, locale);
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "One endpoint")
    EndpointResource get(@AuthenticationPrincipal PortalPrincipal client, @PathVariable UUID id) {
        return resource(webhooks.endpoint(owner(client), id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an endpoint's address, description, events and state")
    EndpointResource update(
            @AuthenticationPrincipal PortalPrincipal client,
            @PathVariable UUID id,
            @RequestBody EndpointBody body,
            Locale locale) {
        var owner = owner(client);
        webhooks.endpoint(owner, id);
        var form = checked(body, locale);
        try {
            return resource(webhooks.update(owner, id, form, client.email()));
        } catch (FormRefusedException refused) {
            throw invalid(refused, locale);
        }
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an endpoint and its log")
    void delete(@AuthenticationPrincipal PortalPrincipal client, @PathVariable UUID id) {
        webhooks.delete(owner(client), id, client.email());
    }

    @PostMapping("/{id}/rotate-secret")
    @Operation(summary = "A new signing secret; the previous one signs too for 24 hours")
    CreatedResource rotate(@AuthenticationPrincipal PortalPrincipal client, @PathVariable UUID id) {
        var rotated = webhooks.rotateSecret(owner(client), id, client.email());
        return new CreatedResource(resource(rotated.endpoint()), rotated.secret());
    }

    @PostMapping("/{id}/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Queue a webhook.test event for this endpoint")
    Queued test(@AuthenticationPrincipal PortalPrincipal client, @PathVariable UUID id) {
        return new Queued(webhooks.sendTest(owner(client), id, client.email()));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The endpoint's delivery log, newest first; 'next' continues it")
    DeliveryPage deliveries(
            @AuthenticationPrincipal PortalPrincipal client,
            @PathVariable UUID id,
            @RequestParam(required = false) @Size(max = 100) String type,
            @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(required = false) @Size(max = 100) String after) {
        var log = webhooks.log(
                owner(client),
                id,
                EventType.ofWireName(type).orElse(null),
                status,
                Keyset.parse(after).orElse(null));
        return new DeliveryPage(
                log.deliveries().rows().stream()
                        .map(WebhookApiController::resource)
                        .toList(),
                log.deliveries().last() ? null : log.deliveries().next().text());
    }

    @PostMapping("/{id}/deliveries/{delivery}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Queue a failed delivery again, with the same webhook-id")
    void redeliver(
            @AuthenticationPrincipal PortalPrincipal client, @PathVariable UUID id, @PathVariable UUID delivery) {
        webhooks.redeliver(owner(client), id, delivery, client.email());
    }

    private Owner owner(PortalPrincipal client) {
        return webhooks.distributor(client, client.distributorId());
    }

    /** The body as the console's form, with the same rules; event types by their wire names. */
    private EndpointForm checked(EndpointBody body, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        var types = new ArrayList<EventType>();
        for (String name : body.events() == null ? List.<String>of() : body.events()) {
            EventType.ofWireName(name)
                    .filter(type -> type != EventType.TEST)
                    .ifPresentOrElse(
                            types::add,
                            () -> problems.putIfAbsent(
                                    "events", messages.getMessage("webhooks.events.required", null, locale)));
        }
        var form = new EndpointForm(body.url(), body.description(), types, body.active() == null || body.active());
        for (var violation : validator.validate(form)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidEndpointException(problems);
        }
        return form;
    }

    private InvalidEndpointException invalid(FormRefusedException refused, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        refused.errors().forEach((field, key) -> problems.put(field, messages.getMessage(key, null, locale)));
        return new InvalidEndpointException(problems);
    }

    private static EndpointResource resource(Endpoint endpoint) {
        return new EndpointResource(
                endpoint.id(),
                endpoint.url(),
                endpoint.description(),
                endpoint.events().stream().map(EventType::wireName).toList(),
                endpoint.active(),
                endpoint.inOverlap(Instant.now()) ? endpoint.previousSecretUntil() : null,
                endpoint.failingSince(),
                endpoint.createdAt());
    }

    private static DeliveryResource resource(Delivery delivery) {
        return new DeliveryResource(
                delivery.id(),
                delivery.messageId(),
                delivery.type().wireName(),
                delivery.status(),
                delivery.attempts(),
                delivery.responseStatus(),
                delivery.responseExcerpt(),
                delivery.lastError(),
                delivery.createdAt(),
                delivery.lastAttemptAt(),
                delivery.deliveredAt());
    }
}
