package com.partnerportal.programme.web;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import com.partnerportal.programme.LevelView;
import com.partnerportal.programme.Programme;
import com.partnerportal.programme.Programme.CompanyStanding;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programme levels through the distributor API (R10.2): the vendor's levels, and the level of each of
 * the key's distributor's current partners. Any other company answers 404 (R8.3).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Programme levels API")
@SecurityRequirement(name = "apiKey")
class ProgrammeApiController {

    /** A programme level; rank 1 is the lowest. */
    record LevelResource(UUID id, int rank, String nameEn, String nameFr) {

        static LevelResource of(LevelView level) {
            return level == null
                    ? null
                    : new LevelResource(level.id().value(), level.rank(), level.nameEn(), level.nameFr());
        }
    }

    /** A downgrade announced: the day it takes effect and the level it leads to (null: below every level). */
    record PendingDowngrade(LocalDate on, LevelResource to) {}

    /** A partner's level in force (null: below every level) and a downgrade announced, if any. */
    record PartnerLevelResource(
            UUID companyId, String companyName, LevelResource level, PendingDowngrade pendingDowngrade) {

        static PartnerLevelResource of(UUID company, String name, CompanyStanding standing) {
            return new PartnerLevelResource(
                    company,
                    name,
                    LevelResource.of(standing.level()),
                    standing.downgradeOn() == null
                            ? null
                            : new PendingDowngrade(standing.downgradeOn(), LevelResource.of(standing.downgradeTo())));
        }
    }

    record PartnerLevelPage(List<PartnerLevelResource> partners, long total, int page) {}

    private final Programme programme;
    private final Partners partners;

    ProgrammeApiController(Programme programme, Partners partners) {
        this.programme = programme;
        this.partners = partners;
    }

    @GetMapping("/programme/levels")
    @Operation(summary = "The vendor's active programme levels, lowest first")
    List<LevelResource> levels(@AuthenticationPrincipal PortalPrincipal client) {
        partners.consoleOf(client, client.distributorId());
        return programme.levels().stream().map(LevelResource::of).toList();
    }

    @GetMapping("/partners/levels")
    @Operation(summary = "The programme level of each partner associated with the distributor, by name")
    PartnerLevelPage partnerLevels(
            @AuthenticationPrincipal PortalPrincipal client,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(required = false) @Size(max = 200) String search) {
        var distributor = partners.consoleOf(client, client.distributorId());
        var result = partners.partnersOf(distributor, search, page);
        var standings = programme.standingsOf(result.associations().stream()
                .map(association -> association.companyId())
                .toList());
        return new PartnerLevelPage(
                result.associations().stream()
                        .map(association -> PartnerLevelResource.of(
                                association.companyId().value(),
                                association.companyName(),
                                standings.get(association.companyId())))
                        .toList(),
                result.total(),
                page);
    }

    @GetMapping("/partners/{companyId}/level")
    @Operation(summary = "One partner's programme level; 404 unless the company is the distributor's partner now")
    PartnerLevelResource partnerLevel(@AuthenticationPrincipal PortalPrincipal client, @PathVariable UUID companyId) {
        var distributor = partners.consoleOf(client, client.distributorId());
        var company = new CompanyId(companyId);
        var association = partners.currentAssociation(company)
                .filter(current -> current.distributorId().equals(distributor.id()))
                .orElseThrow(NotFoundException::new);
        return PartnerLevelResource.of(
                companyId,
                association.companyName(),
                programme.standingsOf(List.of(company)).get(company));
    }
}
