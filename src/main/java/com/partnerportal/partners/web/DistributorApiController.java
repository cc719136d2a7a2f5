package com.partnerportal.partners.web;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.EntitlementView;
import com.partnerportal.partners.Partners;
import com.partnerportal.partners.internal.ApiClient;
import com.partnerportal.partners.internal.EntitlementDraft;
import com.partnerportal.partners.internal.EntitlementList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST API distributors use to keep their entitlement list (R2.2) and release partners (R2.3),
 * with a key from their console. Every call acts for the key's distributor only.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Distributor API")
@SecurityRequirement(name = "apiKey")
class DistributorApiController {

    record EntitlementResource(
            String customerId, String companyName, String country, List<String> domains, Instant updatedAt) {}

    record EntitlementBody(
            @Size(max = 1000) String companyName,
            @Size(max = 100) String country,
            @Size(max = 50) List<String> domains) {}

    record BulkItem(
            @Size(max = 1000) String customerId,
            @Size(max = 1000) String companyName,
            @Size(max = 100) String country,
            @Size(max = 50) List<String> domains) {}

    record BulkBody(@NotNull @Size(max = 100_000) List<@Valid BulkItem> entitlements) {}

    record RowError(int index, String customerId, String field, String message) {}

    record BulkResult(int created, int updated, int unchanged, int rejected, List<RowError> errors) {}

    record EntitlementPage(List<EntitlementResource> entitlements, long total, int page, int size) {}

    record PartnerResource(UUID companyId, String companyName, String customerId, Instant associatedSince) {}

    record PartnerPage(List<PartnerResource> partners, long total, int page) {}

    record ReleaseBody(@Size(max = 1000) String reason) {}

    private final Partners partners;
    private final MessageSource messages;

    DistributorApiController(Partners partners, MessageSource messages) {
        this.partners = partners;
        this.messages = messages;
    }

    @GetMapping("/entitlements")
    @Operation(summary = "The distributor's entitlement list, by company name")
    EntitlementPage list(
            @AuthenticationPrincipal ApiClient client,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(required = false) @Size(max = 200) String search) {
        var distributor = partners.consoleOf(client, client.distributorId());
        var result = partners.entitlements(distributor, search, EntitlementList.Sort.NAME, page);
        return new EntitlementPage(
                result.entitlements().stream()
                        .map(DistributorApiController::resource)
                        .toList(),
                result.total(),
                page,
                Partners.PAGE_SIZE);
    }

    @GetMapping("/entitlements/{customerId}")
    @Operation(summary = "One entitlement, by the distributor's customer id")
    EntitlementResource get(
            @AuthenticationPrincipal ApiClient client, @PathVariable @Size(max = 100) String customerId) {
        var distributor = partners.consoleOf(client, client.distributorId());
        return partners.entitlement(distributor, customerId)
                .map(DistributorApiController::resource)
                .orElseThrow(com.partnerportal.shared.NotFoundException::new);
    }

    @PutMapping("/entitlements/{customerId}")
    @Operation(summary = "Create or replace one entitlement: 201 when created, 200 otherwise")
    ResponseEntity<EntitlementResource> put(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable @Size(max = 100) String customerId,
            @Valid @RequestBody EntitlementBody body,
            Locale locale) {
        var distributor = partners.consoleOf(client, client.distributorId());
        var checked = EntitlementDraft.check(
                customerId,
                body.companyName(),
                body.country(),
                body.domains() == null ? "" : String.join(" ", body.domains()));
        if (!checked.valid()) {
            throw new InvalidEntitlementException(describe(checked.problems(), locale));
        }
        var outcome = partners.saveEntitlement(distributor, checked.draft(), client.email());
        var saved =
                partners.entitlement(distributor, checked.draft().customerId()).orElseThrow();
        return ResponseEntity.status(outcome == EntitlementList.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(resource(saved));
    }

    @DeleteMapping("/entitlements/{customerId}")
    @Operation(summary = "Remove one entitlement")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal ApiClient client, @PathVariable @Size(max = 100) String customerId) {
        var distributor = partners.consoleOf(client, client.distributorId());
        if (!partners.deleteEntitlement(distributor, customerId, client.email())) {
            throw new com.partnerportal.shared.NotFoundException();
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/entitlements/bulk")
    @Operation(
            summary = "Create or update many entitlements",
            description = "Valid items are applied; invalid ones are reported by index and change nothing.")
    BulkResult bulk(@AuthenticationPrincipal ApiClient client, @Valid @RequestBody BulkBody body, Locale locale) {
        var distributor = partners.consoleOf(client, client.distributorId());
        var valid = new ArrayList<EntitlementDraft>();
        var errors = new ArrayList<RowError>();
        var seen = new java.util.HashSet<String>();
        for (int i = 0; i < body.entitlements().size(); i++) {
            var item = body.entitlements().get(i);
            if (item == null) {
                errors.add(new RowError(i, null, null, "Empty item"));
                continue;
            }
            var checked = EntitlementDraft.check(
                    item.customerId(),
                    item.companyName(),
                    item.country(),
                    item.domains() == null ? "" : String.join(" ", item.domains()));
            if (!checked.valid()) {
                for (var problem : checked.problems()) {
                    errors.add(new RowError(i, item.customerId(), problem.field(), message(problem, locale)));
                }
            } else if (!seen.add(checked.draft().customerId())) {
                errors.add(new RowError(i, item.customerId(), "customerId", "Repeated customer id"));
            } else {
                valid.add(checked.draft());
            }
        }
        var counts = partners.saveEntitlements(distributor, valid, client.email());
        int rejected =
                (int) errors.stream().mapToInt(RowError::index).distinct().count();
        return new BulkResult(counts.created(), counts.updated(), counts.unchanged(), rejected, errors);
    }

    @GetMapping("/partners")
    @Operation(summary = "The partner companies associated with the distributor")
    PartnerPage associated(
            @AuthenticationPrincipal ApiClient client,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(required = false) @Size(max = 200) String search) {
        var distributor = partners.consoleOf(client, client.distributorId());
        var result = partners.partnersOf(distributor, search, page);
        return new PartnerPage(
                result.associations().stream()
                        .map(a -> new PartnerResource(
                                a.companyId().value(), a.companyName(), a.customerId(), a.startedAt()))
                        .toList(),
                result.total(),
                page);
    }

    @PostMapping("/partners/{companyId}/release")
    @Operation(summary = "Release a partner that moves to another distributor (R2.3); the vendor is told")
    ResponseEntity<Void> release(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable UUID companyId,
            @Valid @RequestBody(required = false) ReleaseBody body) {
        String reason = body == null || body.reason() == null || body.reason().isBlank()
                ? null
                : body.reason().strip();
        partners.release(client, client.distributorId(), new CompanyId(companyId), reason);
        return ResponseEntity.noContent().build();
    }

    private static EntitlementResource resource(EntitlementView view) {
        return new EntitlementResource(
                view.customerId(), view.companyName(), view.country(), view.domains(), view.updatedAt());
    }

    private String describe(List<EntitlementDraft.Problem> problems, Locale locale) {
        return String.join(" ", problems.stream().map(p -> message(p, locale)).toList());
    }

    private String message(EntitlementDraft.Problem problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), problem.arguments(), locale);
    }

    /** The entitlement in the request breaks a rule; nothing was changed. */
    static class InvalidEntitlementException extends RuntimeException {
        InvalidEntitlementException(String detail) {
            super(detail);
        }
    }
}
