package com.partnerportal.webhooks.internal;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.deals.DealChanged;
import com.partnerportal.partners.CompanyAssociated;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.PartnerReleased;
import com.partnerportal.partners.Partners;
import com.partnerportal.programme.CompanyLevelChanged;
import com.partnerportal.registration.AccessRequestDecided;
import com.partnerportal.shared.Locales;
import com.partnerportal.university.CertificationEarned;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the other modules' events into webhook deliveries (R12.1), in the transaction of the change,
 * for every endpoint that chose the type and may hear of it: a distributor's endpoints hear only of
 * requests made through it and of the partners it currently supplies (R8.3). The payloads are
 * documented in docs/webhooks.md; {@code version} changes when a field changes meaning or goes.
 */
@Component
class WebhookEvents {

    static final int PAYLOAD_VERSION = 1;

    private final DeliveryStore deliveries;
    private final Partners partners;
    private final Accounts accounts;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    WebhookEvents(
            DeliveryStore deliveries,
            Partners partners,
            Accounts accounts,
            JsonMapper json,
            ApplicationEventPublisher events) {
        this.deliveries = deliveries;
        this.partners = partners;
        this.accounts = accounts;
        this.json = json;
        this.events = events;
    }

    @EventListener
    void on(AccessRequestDecided decided) {
        var data = new LinkedHashMap<String, Object>();
        data.put("requestId", decided.requestId());
        data.put("status", decided.status());
        data.put("reason", decided.reasonCode());
        data.put("email", decided.email());
        data.put("firstName", decided.firstName());
        data.put("distributorId", decided.distributorId());
        queue(EventType.ACCESS_REQUEST_DECIDED, distributor(decided.distributorId()), data);
    }

    @EventListener
    void on(CompanyAssociated associated) {
        var data = new LinkedHashMap<String, Object>();
        data.put("companyId", associated.companyId().value());
        data.put("companyName", associated.companyName());
        data.put("distributorId", associated.distributorId().value());
        queue(EventType.PARTNER_ASSOCIATED, associated.distributorId(), data);
    }

    @EventListener
    void on(PartnerReleased released) {
        var data = new LinkedHashMap<String, Object>();
        data.put("companyId", released.companyId().value());
        data.put("companyName", released.companyName());
        data.put("distributorId", released.distributorId().value());
        data.put("reason", released.reason());
        queue(EventType.PARTNER_RELEASED, released.distributorId(), data);
    }

    @EventListener
    void on(DealChanged changed) {
        var data = new LinkedHashMap<String, Object>();
        data.put("dealId", changed.dealId());
        data.put("change", changed.change());
        data.put("status", changed.status());
        data.put("customerName", changed.customerName());
        data.put("companyId", changed.companyId().value());
        data.put("distributorId", changed.distributorId().value());
        data.put("reason", changed.reason());
        queue(EventType.DEAL_CHANGED, changed.distributorId(), data);
    }

    @EventListener
    void on(CertificationEarned earned) {
        var company = accounts.find(new AccountId(earned.accountId()))
                .map(account -> account.companyId())
                .orElse(null);
        var data = new LinkedHashMap<String, Object>();
        data.put("accountId", earned.accountId());
        data.put("email", earned.email());
        data.put("certification", earned.certification(Locales.ENGLISH));
        data.put("companyId", company);
        queue(EventType.CERTIFICATION_EARNED, company == null ? null : supplierOf(new CompanyId(company)), data);
    }

    @EventListener
    void on(CompanyLevelChanged changed) {
        var data = new LinkedHashMap<String, Object>();
        data.put("companyId", changed.companyId().value());
        data.put("change", changed.change().name());
        data.put("from", changed.from() == null ? null : changed.fromName(Locales.ENGLISH));
        data.put("to", changed.to() == null ? null : changed.toName(Locales.ENGLISH));
        data.put(
                "effectiveOn",
                changed.effectiveOn() == null ? null : changed.effectiveOn().toString());
        queue(EventType.LEVEL_CHANGED, supplierOf(changed.companyId()), data);
    }

    /** The payload every delivery of a type carries: its type, version, id and time, and the event's data. */
    String payload(EventType type, Map<String, Object> data) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", type.wireName());
        body.put("version", PAYLOAD_VERSION);
        body.put("id", "evt_" + UUID.randomUUID().toString().replace("-", ""));
        body.put("timestamp", Instant.now().toString());
        body.put("data", data);
        return json.writeValueAsString(body);
    }

    private void queue(EventType type, DistributorId scope, Map<String, Object> data) {
        if (deliveries.fanOut(type, scope, payload(type, data)) > 0) {
            events.publishEvent(new WebhookDispatcher.Queued());
        }
    }

    /** The distributor a company buys through now, if any: its endpoints hear of the company. */
    private DistributorId supplierOf(CompanyId company) {
        return partners.currentAssociation(company)
                .map(association -> association.distributorId())
                .orElse(null);
    }

    private static DistributorId distributor(UUID id) {
        return id == null ? null : new DistributorId(id);
    }
}
