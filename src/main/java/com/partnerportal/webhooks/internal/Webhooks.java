package com.partnerportal.webhooks.internal;

import com.partnerportal.partners.Partners;
import com.partnerportal.shared.AddressPolicy;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.Keyset;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.webhooks.WebhookEndpointChanged;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Endpoints and their delivery logs as their owners use them (R12.1): a distributor reviewer manages
 * their distributor's, a vendor admin the vendor's own and any distributor's. Anyone else asking for
 * an endpoint, or for one of another owner, is told it does not exist (404). Every change is audited.
 */
@Service
public class Webhooks {

    /** A new endpoint or a rotated secret: the secret as it is shown once, never again. */
    public record Created(Endpoint endpoint, String secret) {}

    /** One endpoint's page: the endpoint and a page of its delivery log. */
    public record Log(Endpoint endpoint, Keyset.Page<Delivery> deliveries) {}

    private final EndpointStore endpoints;
    private final DeliveryStore deliveries;
    private final AddressPolicy addresses;
    private final WebhookEvents payloads;
    private final Partners partners;
    private final WebhooksProperties properties;
    private final ApplicationEventPublisher events;

    Webhooks(
            EndpointStore endpoints,
            DeliveryStore deliveries,
            AddressPolicy addresses,
            WebhookEvents payloads,
            Partners partners,
            WebhooksProperties properties,
            ApplicationEventPublisher events) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.payloads = payloads;
        this.partners = partners;
        this.properties = properties;
        this.events = events;
    }

    /** @throws NotFoundException unless the caller may manage this distributor's endpoints */
    public Owner distributor(PortalPrincipal caller, UUID distributorId) {
        var distributor = partners.consoleOf(caller, distributorId);
        return new Owner(distributor.id(), distributor.name());
    }

    /** @throws NotFoundException unless the caller is a vendor admin */
    public Owner vendor(PortalPrincipal caller) {
        if (!caller.isVendorAdmin()) {
            throw new NotFoundException();
        }
        return Owner.VENDOR;
    }

    public List<Endpoint> endpoints(Owner owner) {
        return endpoints.of(owner);
    }

    /** @throws NotFoundException when it is not this owner's */
    public Endpoint endpoint(Owner owner, UUID id) {
        return endpoints.find(owner, id).orElseThrow(NotFoundException::new);
    }

    /** @throws FormRefusedException when the address may not receive webhooks (https, public addresses) */
    @Transactional
    public Created create(Owner owner, EndpointForm form, String actor) {
        refuseUnsafe(form);
        var id = UUID.randomUUID();
        byte[] secret = WebhookSignature.newSecret();
        endpoints.add(id, owner, form, secret, actor);
        events.publishEvent(new WebhookEndpointChanged(actor, id, "created", describe(owner, form)));
        return new Created(endpoint(owner, id), WebhookSignature.display(secret));
    }

    @Transactional
    public Endpoint update(Owner owner, UUID id, EndpointForm form, String actor) {
        endpoint(owner, id);
        refuseUnsafe(form);
        endpoints.update(owner, id, form);
        events.publishEvent(new WebhookEndpointChanged(actor, id, "updated", describe(owner, form)));
        return endpoint(owner, id);
    }

    /** A new secret; the previous one signs too for {@code portal.webhooks.secret-overlap}, so no delivery fails. */
    @Transactional
    public Created rotateSecret(Owner owner, UUID id, String actor) {
        var endpoint = endpoint(owner, id);
        byte[] secret = WebhookSignature.newSecret();
        endpoints.rotate(owner, id, secret, properties.secretOverlap());
        events.publishEvent(new WebhookEndpointChanged(
                actor,
                id,
                "secret-rotated",
                endpoint.url() + ": previous secret signs for " + properties.secretOverlap()));
        return new Created(endpoint(owner, id), WebhookSignature.display(secret));
    }

    @Transactional
    public void delete(Owner owner, UUID id, String actor) {
        var endpoint = endpoint(owner, id);
        endpoints.delete(owner, id);
        events.publishEvent(new WebhookEndpointChanged(actor, id, "deleted", endpoint.url()));
    }

    /** Queues a {@code webhook.test} event for this endpoint alone. */
    @Transactional
    public UUID sendTest(Owner owner, UUID id, String actor) {
        var endpoint = endpoint(owner, id);
        var data = new LinkedHashMap<String, Object>();
        data.put("endpointId", endpoint.id());
        data.put("requestedBy", actor);
        UUID delivery = deliveries.addTo(endpoint.id(), EventType.TEST, payloads.payload(EventType.TEST, data));
        events.publishEvent(new WebhookDispatcher.Queued());
        return delivery;
    }

    public Log log(Owner owner, UUID id, EventType type, DeliveryStatus status, Keyset after) {
        var endpoint = endpoint(owner, id);
        return new Log(endpoint, deliveries.log(endpoint.id(), type, status, after, Keyset.PAGE_SIZE));
    }

    /** @throws NotFoundException when the delivery is not this endpoint's or not failed */
    @Transactional
    public void redeliver(Owner owner, UUID endpointId, UUID deliveryId, String actor) {
        var endpoint = endpoint(owner, endpointId);
        if (!deliveries.requeueFailed(endpoint.id(), deliveryId)) {
            throw new NotFoundException();
        }
        events.publishEvent(new WebhookEndpointChanged(actor, endpointId, "redelivered", "delivery " + deliveryId));
        events.publishEvent(new WebhookDispatcher.Queued());
    }

    private void refuseUnsafe(EndpointForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            addresses.check(form.url());
        } catch (AddressPolicy.RefusedAddressException refused) {
            errors.put("url", refused.messageKey("webhooks.url"));
        }
        FormRefusedException.refuseIfAny(errors);
    }

    private static String describe(Owner owner, EndpointForm form) {
        return (owner.vendor() ? "vendor" : "distributor " + owner.id().value()) + ": " + form.url() + " for "
                + form.events().stream().map(EventType::wireName).toList() + (form.active() ? "" : " (off)");
    }
}
