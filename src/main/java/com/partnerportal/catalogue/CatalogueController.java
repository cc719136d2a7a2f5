package com.partnerportal.catalogue;

import com.google.common.base.Suppliers;
import com.partnerportal.files.StoredFiles;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.programme.LevelId;
import com.partnerportal.programme.Programme;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PageLinks;
import com.partnerportal.shared.PortalPrincipal;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The catalogue every logged-in user reaches from the top-right link (R4.2, R6.1): search as you
 * type with htmx, or with the button when scripts are off; filters; every download counted.
 */
@Controller
class CatalogueController {

    private final ResourceStore store;
    private final StoredFiles files;
    private final CatalogueProperties properties;
    // The filter's product list changes when admins publish; a minute late is fine, a query per page is not.
    private final Supplier<List<String>> products;

    private final Timer searchTime;
    private final Programme programme;

    CatalogueController(
            ResourceStore store,
            StoredFiles files,
            CatalogueProperties properties,
            MeterRegistry meters,
            Programme programme) {
        this.store = store;
        this.programme = programme;
        this.searchTime = Timer.builder("portal.catalogue.search")
                .description("Time to run one catalogue search, results and count, in the database")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
        this.files = files;
        this.properties = properties;
        this.products = Suppliers.memoizeWithExpiration(store::publishedProducts, Duration.ofMinutes(1));
    }

    @GetMapping("/catalogue")
    String search(
            @ModelAttribute SearchQuery.Parameters parameters,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal PortalPrincipal user,
            HttpServletRequest request,
            Model model) {
        var query = SearchQuery.from(parameters);
        var reach = reach(user);
        var results = searchTime.record(() -> store.search(query, properties.pageSize(), reach));
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("pages", PageLinks.of(request, query.page(), properties.pageSize(), results.total()));
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        model.addAttribute("types", ResourceType.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("products", productOptions(query));
        model.addAttribute("sorts", SearchQuery.Sort.values());
        return htmx != null ? "catalogue/index :: results" : "catalogue/index";
    }

    /** The published products, and the one the address filters on when it is no longer among them. */
    private List<String> productOptions(SearchQuery query) {
        List<String> published = products.get();
        if (query.product() == null || published.contains(query.product())) {
            return published;
        }
        return Stream.concat(Stream.of(query.product()), published.stream()).toList();
    }

    @GetMapping("/catalogue/{id}")
    String resource(@PathVariable UUID id, @AuthenticationPrincipal PortalPrincipal user, Model model) {
        model.addAttribute("resource", visible(id, user));
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        return "catalogue/resource";
    }

    /** Streams the file, or sends the browser to the linked address; either way the download is counted. */
    @GetMapping("/catalogue/{id}/download")
    void download(@PathVariable UUID id, @AuthenticationPrincipal PortalPrincipal user, HttpServletResponse response)
            throws IOException {
        var resource = visible(id, user);
        store.recordDownload(resource.id(), user.userId(), user.companyId());
        if (resource.link() != null) {
            response.sendRedirect(resource.link());
            return;
        }
        files.send(files.find(resource.fileId()).orElseThrow(NotFoundException::new), response);
    }

    /**
     * Partners see published resources, and those reserved to a programme level only at that level or
     * above (R10.1); vendor admins also preview drafts and retired ones.
     */
    private Resource visible(UUID id, PortalPrincipal user) {
        var resource = store.find(id).orElseThrow(NotFoundException::new);
        if (user.isVendorAdmin()) {
            return resource;
        }
        if (!resource.published()
                || (resource.minimumLevelId() != null && !reach(user).contains(resource.minimumLevelId()))) {
            throw new NotFoundException();
        }
        return resource;
    }

    /** The levels the reader's company is at or above; null for a vendor admin, who sees every resource. */
    private List<UUID> reach(PortalPrincipal user) {
        if (user.isVendorAdmin()) {
            return null;
        }
        return user.companyId() == null
                ? List.of()
                : programme.reachedBy(new CompanyId(user.companyId())).stream()
                        .map(LevelId::value)
                        .toList();
    }
}
