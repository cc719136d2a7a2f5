package com.partnerportal.deals.web;

import com.partnerportal.deals.internal.DealForm;
import com.partnerportal.deals.internal.DealStatus;
import com.partnerportal.deals.internal.DealStore;
import com.partnerportal.deals.internal.Deals;
import com.partnerportal.shared.Choices;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.Keyset;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deal registrations through the distributor API (R9.8), as in the portal: the distributor lists
 * and reads what it supplies, registers for its current partners, and takes its review step. Every
 * call acts for the key's distributor only; anything else answers 404 (R9.6).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Deal registration API")
@SecurityRequirement(name = "apiKey")
class DealApiController {

    record DealSummaryResource(
            UUID id,
            long number,
            UUID partnerId,
            String partnerName,
            String customerName,
            String customerCountry,
            DealStatus status,
            String currency,
            BigDecimal estimatedValue,
            Instant submittedAt,
            Instant expiresAt,
            Instant updatedAt) {}

    /** A page of registrations; {@code next}, when present, is the {@code after} of the next page. */
    record DealPage(List<DealSummaryResource> deals, int limit, String next) {}

    /** Another active registration of the same customer sharing a product (R9.2); its partner is not named. */
    record ConflictResource(UUID id, long number, DealStatus status, boolean sameDomain, List<String> sharedProducts) {}

    record HistoryResource(Instant at, String actor, DealStatus from, DealStatus to, String reason) {}

    record DealResource(
            UUID id,
            UUID partnerId,
            String partnerName,
            DealStatus status,
            String customerName,
            String customerWebsite,
            String customerCountry,
            String contactName,
            String contactEmail,
            String contactJobTitle,
            List<String> products,
            String currency,
            BigDecimal estimatedValue,
            LocalDate expectedClose,
            String notes,
            Instant submittedAt,
            Instant approvedAt,
            Instant expiresAt,
            List<ConflictResource> conflicts,
            List<HistoryResource> history) {}

    /** A registration for one of the distributor's current partners; {@code submit} sends it on to the vendor. */
    record NewDeal(
            UUID partnerId,
            String customerName,
            String customerWebsite,
            String customerCountry,
            String contactName,
            String contactEmail,
            String contactJobTitle,
            @Size(max = 20) List<String> products,
            String currency,
            String estimatedValue,
            String expectedClose,
            String notes,
            Boolean submit) {}

    record ProductResource(UUID id, String name) {}

    record Decision(String reason) {}

    private final Deals deals;
    private final Validator validator;
    private final MessageSource messages;

    DealApiController(Deals deals, Validator validator, MessageSource messages) {
        this.deals = deals;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/deal-products")
    @Operation(summary = "The products deals are registered for")
    List<ProductResource> products() {
        return deals.products().stream()
                .map(product -> new ProductResource(product.id(), product.name()))
                .toList();
    }

    @GetMapping("/deals")
    @Operation(summary = "The registrations the distributor supplies, newest change first, a page at a time")
    DealPage list(
            @AuthenticationPrincipal PortalPrincipal client,
            @RequestParam(required = false) @Size(max = 40) String status,
            @RequestParam(required = false) @Size(max = 80) String after) {
        var chosen = status == null
                ? null
                : Choices.named(DealStatus.class, status.toUpperCase(Locale.ROOT))
                        .orElseThrow(() -> new IllegalArgumentException("Unknown status"));
        var place = after == null
                ? null
                : Keyset.parse(after).orElseThrow(() -> new IllegalArgumentException("Unknown place"));
        var page = deals.visibleTo(client, DealStore.Criteria.status(chosen), place);
        var rows = page.rows();
        var names = deals.companyNames(rows);
        return new DealPage(
                rows.stream()
                        .map(row -> new DealSummaryResource(
                                row.id(),
                                row.number(),
                                row.companyId(),
                                names.get(row.companyId()),
                                row.customerName(),
                                row.customerCountry(),
                                row.status(),
                                row.currency(),
                                row.estimatedValue(),
                                row.submittedAt(),
                                row.expiresAt(),
                                row.updatedAt()))
                        .toList(),
                Keyset.PAGE_SIZE,
                page.last() ? null : page.next().text());
    }

    @GetMapping("/deals/{id}")
    @Operation(summary = "One registration, with its conflicts and its history")
    DealResource get(@AuthenticationPrincipal PortalPrincipal client, @PathVariable UUID id) {
        return resource(deals.view(client, id));
    }

    @PostMapping("/deals")
    @Operation(
            summary = "Register a deal for one of the distributor's current partners",
            description = "201 with the registration; 422 with a message per field when it is not valid, and"
                    + " nothing is saved. Submitted, it goes straight to the vendor: the distributor's review is done.")
    ResponseEntity<DealResource> create(
            @AuthenticationPrincipal PortalPrincipal client, @RequestBody NewDeal body, Locale locale) {
        var form = new DealForm(
                body.customerName(),
                body.customerWebsite(),
                body.customerCountry(),
                body.contactName(),
                body.contactEmail(),
                body.contactJobTitle(),
                body.products(),
                body.currency(),
                body.estimatedValue(),
                body.expectedClose(),
                body.notes(),
                body.partnerId() == null ? "" : body.partnerId().toString());
        Map<String, String> problems = new LinkedHashMap<>();
        for (var violation : validator.validate(form)) {
            problems.putIfAbsent(field(violation.getPropertyPath().toString()), violation.getMessage());
        }
        if (body.partnerId() == null) {
            problems.putIfAbsent("partnerId", messages.getMessage("deals.error.partner", null, locale));
        }
        if (!problems.isEmpty()) {
            throw new DealApiProblems.InvalidDealException(problems);
        }
        UUID id;
        try {
            id = deals.register(client, form, Boolean.TRUE.equals(body.submit()));
        } catch (FormRefusedException refused) {
            refused.errors()
                    .forEach((name, key) -> problems.put(
                            name.equals("partner") ? "partnerId" : name, messages.getMessage(key, null, locale)));
            throw new DealApiProblems.InvalidDealException(problems);
        }
        return ResponseEntity.created(URI.create("/api/v1/deals/" + id)).body(resource(deals.view(client, id)));
    }

    @PostMapping("/deals/{id}/{decision}")
    @Operation(
            summary = "The distributor's step: submit (a draft it registered), approve, reject or request-information",
            description = "409 when the registration's status does not allow it.")
    DealResource decide(
            @AuthenticationPrincipal PortalPrincipal client,
            @PathVariable UUID id,
            @PathVariable String decision,
            @RequestBody(required = false) Decision body) {
        var action = switch (decision) {
            case "submit" -> Deals.Action.SUBMIT;
            case "approve" -> Deals.Action.DISTRIBUTOR_APPROVE;
            case "reject" -> Deals.Action.REJECT;
            case "request-information" -> Deals.Action.REQUEST_INFORMATION;
            default -> throw new NotFoundException();
        };
        deals.act(client, id, action, Deals.reason(body == null ? null : body.reason()));
        return resource(deals.view(client, id));
    }

    /** The form's derived checks (isCurrencyKnown…) answer for the field they check. */
    private static String field(String path) {
        return switch (path) {
            case "currencyKnown" -> "currency";
            case "closeAhead" -> "expectedClose";
            case "valuePositive" -> "estimatedValue";
            case "partner" -> "partnerId";
            default -> path.replaceFirst("\\[.*", "");
        };
    }

    private static DealResource resource(Deals.View view) {
        var deal = view.deal();
        return new DealResource(
                deal.id(),
                deal.companyId().value(),
                view.companyName(),
                deal.status(),
                deal.customer().name(),
                deal.customer().website(),
                deal.customer().country(),
                deal.contact().name(),
                deal.contact().email(),
                deal.contact().jobTitle(),
                view.productNames(),
                deal.estimate().currency(),
                deal.estimate().value(),
                deal.estimate().expectedClose(),
                deal.notes(),
                deal.submittedAt(),
                deal.approvedAt(),
                deal.expiresAt(),
                view.conflicts().stream().map(DealApiController::conflict).toList(),
                view.history().stream()
                        .map(change -> new HistoryResource(
                                change.at(), change.actor(), change.from(), change.to(), change.reason()))
                        .toList());
    }

    private static ConflictResource conflict(DealStore.Conflict conflict) {
        return new ConflictResource(
                conflict.other().id(),
                conflict.other().number(),
                conflict.other().status(),
                conflict.sameDomain(),
                conflict.sharedProducts());
    }
}
