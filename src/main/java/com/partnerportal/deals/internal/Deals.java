package com.partnerportal.deals.internal;

import com.partnerportal.deals.DealChanged;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import com.partnerportal.shared.BrandingProperties;
import com.partnerportal.shared.EmailAddress;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.shared.RegistrableDomain;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deal registration as people use it (R9.1–R9.6): partners register and follow their own,
 * distributor reviewers review those their distributor supplies, the vendor reviews all. Anyone
 * else asking for a registration is told it does not exist (404), in every page alike.
 */
@Service
public class Deals {

    static final int LIST_LIMIT = 200;

    /** One registration as its page shows it; {@code conflicts} only for reviewers, never for the partner (R9.2). */
    public record View(
            DealRegistration deal,
            String companyName,
            String distributorName,
            List<String> productNames,
            List<DealStore.Conflict> conflicts,
            Map<UUID, String> conflictCompanies,
            List<DealStore.Change> history,
            boolean needsReview,
            DealProtection.Extension extension,
            String customerIsPartner,
            boolean customerIsVendor) {}

    private final DealRegistrations registrations;
    private final DealStore store;
    private final Partners partners;
    private final ApplicationEventPublisher events;
    private final DealProtection protection;
    private final BrandingProperties branding;

    public Deals(
            DealRegistrations registrations,
            DealStore store,
            Partners partners,
            ApplicationEventPublisher events,
            DealProtection protection,
            BrandingProperties branding) {
        this.branding = branding;
        this.protection = protection;
        this.registrations = registrations;
        this.store = store;
        this.partners = partners;
        this.events = events;
    }

    public List<DealStore.Product> products() {
        return store.products();
    }

    /** R9.1: partner users register deals; registering on behalf of a partner is not built yet. */
    public void refuseUnlessRegistrant(PortalPrincipal user) {
        if (user.companyId() == null) {
            throw new NotFoundException();
        }
    }

    /** The registrations the user may see, newest change first (R9.6). */
    public List<DealStore.Summary> visibleTo(PortalPrincipal user, DealStatus status) {
        if (user.isVendorAdmin()) {
            return store.list(null, null, status, LIST_LIMIT);
        }
        if (user.distributorId() != null) {
            return store.list(null, user.distributorId(), status, LIST_LIMIT);
        }
        if (user.companyId() != null) {
            return store.list(user.companyId(), null, status, LIST_LIMIT);
        }
        return List.of();
    }

    /** Company names for a list's rows, looked up once each. */
    public Map<UUID, String> companyNames(List<DealStore.Summary> rows) {
        return rows.stream()
                .map(DealStore.Summary::companyId)
                .distinct()
                .collect(Collectors.toMap(Function.identity(), this::companyName));
    }

    /**
     * A partner user registers an opportunity (R9.1), for their company and its current
     * distributor; saved as a draft, or submitted for review at once.
     *
     * @throws FormRefusedException when the website, the contact's address or a product is not one
     * @throws NotFoundException for anyone but a partner user
     */
    @Transactional
    public UUID register(PortalPrincipal user, DealForm form, boolean submit) {
        if (user.companyId() == null) {
            throw new NotFoundException();
        }
        var company = new CompanyId(user.companyId());
        Map<String, String> problems = new LinkedHashMap<>();
        var association = partners.currentAssociation(company);
        if (association.isEmpty()) {
            problems.put("products", "deals.error.noDistributor");
        }
        String domain = null;
        if (form.customerWebsite() != null) {
            domain = websiteDomain(form.customerWebsite());
            if (domain == null) {
                problems.put("customerWebsite", "deals.error.website");
            }
        }
        String contactDomain = null;
        try {
            contactDomain = RegistrableDomain.of(EmailAddress.parse(form.contactEmail()))
                    .value();
        } catch (IllegalArgumentException notAnAddress) {
            problems.put("contactEmail", "deals.error.contactEmail");
        }
        Set<UUID> products = new HashSet<>();
        var known = store.products().stream().map(DealStore.Product::id).collect(Collectors.toSet());
        for (String id : form.products()) {
            UUID product = UUID.fromString(id);
            if (!known.contains(product)) {
                problems.put("products", "deals.error.products");
            }
            products.add(product);
        }
        FormRefusedException.refuseIfAny(problems);
        var draft = DealRegistration.draft(
                company,
                association.get().distributorId(),
                user.email(),
                new DealRegistration.Customer(
                        form.customerName(),
                        CustomerNames.key(form.customerName()),
                        form.customerCountry(),
                        form.customerWebsite(),
                        domain),
                new DealRegistration.Contact(
                        form.contactName(),
                        EmailAddress.parse(form.contactEmail()).value(),
                        contactDomain,
                        form.contactJobTitle()),
                products,
                new DealRegistration.Estimate(form.currency(), form.value(), form.close()),
                form.notes());
        registrations.saveDraft(draft);
        store.created(draft, user.email());
        events.publishEvent(new DealChanged(
                user.email(),
                draft.id(),
                "created",
                draft.registeredBy(),
                draft.customer().name(),
                draft.status().name(),
                null,
                "Registered " + draft.customer().name() + " as a draft"));
        if (submit) {
            act(user, draft.id(), Action.SUBMIT, null);
        }
        return draft.id();
    }

    /** @throws NotFoundException when the user may not see it (R9.6) */
    public View view(PortalPrincipal user, UUID id) {
        var deal = visible(user, id);
        boolean reviewer = user.isVendorAdmin() || user.distributorId() != null;
        var conflicts = reviewer ? store.conflicts(deal) : List.<DealStore.Conflict>of();
        var names = store.products().stream()
                .filter(product -> deal.products().contains(product.id()))
                .map(DealStore.Product::name)
                .toList();
        Map<UUID, String> conflictCompanies = conflicts.stream()
                .map(conflict -> conflict.other().companyId())
                .distinct()
                .collect(Collectors.toMap(Function.identity(), this::companyName));
        boolean needsReview = !reviewer
                && deal.status() != DealStatus.DRAFT
                && !store.conflicts(deal).isEmpty();
        return new View(
                deal,
                companyName(deal.companyId().value()),
                partners.distributor(deal.distributorId()).map(d -> d.name()).orElse(""),
                names,
                conflicts,
                conflictCompanies,
                store.history(id),
                needsReview,
                protection.extensionOf(id),
                reviewer ? partnerHolding(deal) : null,
                reviewer && vendorDomain().filter(domain -> holds(deal, domain)).isPresent());
    }

    /** What a person can do to a registration; who may do each is checked here, not in the page. */
    public enum Action {
        SUBMIT,
        WITHDRAW,
        WON,
        LOST,
        DISTRIBUTOR_APPROVE,
        APPROVE,
        REJECT,
        REQUEST_INFORMATION,
        REQUEST_EXTENSION,
        GRANT_EXTENSION,
        REFUSE_EXTENSION
    }

    /**
     * @throws NotFoundException when the user may not see the registration
     * @throws DealTransitionRefusedException when the user's role or the status does not allow it
     * @throws DealExclusivityException when another approved registration holds the customer (R9.4)
     */
    @Transactional
    public DealRegistration act(PortalPrincipal user, UUID id, Action action, String reason) {
        var deal = visible(user, id);
        boolean partner = user.companyId() != null;
        boolean distributor = user.distributorId() != null;
        boolean vendor = user.isVendorAdmin();
        String actor = user.email();
        DealRegistration moved = switch (action) {
            case SUBMIT -> partnerOnly(partner, deal, () -> registrations.submit(id, actor));
            case WITHDRAW -> partnerOnly(partner, deal, () -> registrations.withdraw(id, actor));
            case WON -> partnerOnly(partner, deal, () -> registrations.won(id, actor));
            case LOST -> partnerOnly(partner, deal, () -> registrations.lost(id, actor, reason));
            case DISTRIBUTOR_APPROVE -> {
                refuseUnless(distributor || vendor, deal, "approved by the distributor");
                yield registrations.distributorApproves(id, actor, reason);
            }
            case APPROVE -> {
                refuseUnless(vendor, deal, "approved");
                yield registrations.approve(id, actor, reason);
            }
            case REJECT -> {
                refuseUnless(reviewing(deal, distributor, vendor), deal, "rejected");
                yield registrations.reject(id, actor, reason);
            }
            case REQUEST_INFORMATION -> {
                refuseUnless(reviewing(deal, distributor, vendor), deal, "sent back");
                yield registrations.requestInformation(id, actor, reason);
            }
            case REQUEST_EXTENSION -> {
                refuseUnless(partner, deal, "extended on anyone's request but its partner's");
                protection.requestExtension(user, deal, reason);
                yield deal;
            }
            case GRANT_EXTENSION, REFUSE_EXTENSION -> {
                protection.decideExtension(user, deal, action == Action.GRANT_EXTENSION, reason);
                yield store.find(id).orElseThrow();
            }
        };
        events.publishEvent(new DealChanged(
                actor,
                id,
                action.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                deal.registeredBy(),
                deal.customer().name(),
                moved.status().name(),
                reason,
                "Registration " + deal.customer().name() + " " + deal.status() + " → " + moved.status()
                        + (reason == null ? "" : ": " + reason)));
        return moved;
    }

    /** The distributor reviews what awaits it; the vendor reviews at any stage. */
    private static boolean reviewing(DealRegistration deal, boolean distributor, boolean vendor) {
        return vendor || (distributor && deal.status().withDistributor());
    }

    private static DealRegistration partnerOnly(
            boolean partner, DealRegistration deal, java.util.function.Supplier<DealRegistration> verb) {
        refuseUnless(partner, deal, "changed by anyone but its partner");
        return verb.get();
    }

    private static void refuseUnless(boolean allowed, DealRegistration deal, String verb) {
        if (!allowed) {
            throw new DealTransitionRefusedException(deal.status(), verb);
        }
    }

    private DealRegistration visible(PortalPrincipal user, UUID id) {
        var deal = store.find(id).orElseThrow(NotFoundException::new);
        boolean sees = user.isVendorAdmin()
                || (user.distributorId() != null
                        && user.distributorId().equals(deal.distributorId().value()))
                || (user.companyId() != null
                        && user.companyId().equals(deal.companyId().value()));
        if (!sees) {
            throw new NotFoundException();
        }
        return deal;
    }

    /** R9.2: a customer that is itself one of the partner companies is flagged to reviewers. */
    private String partnerHolding(DealRegistration deal) {
        for (String domain : domainsOf(deal)) {
            var companies = partners.companiesWithDomain(new RegistrableDomain(domain));
            if (!companies.isEmpty()) {
                return companies.getFirst().name();
            }
        }
        return null;
    }

    /** The vendor's own domain, as its partner-support address shows it. */
    private Optional<String> vendorDomain() {
        try {
            return Optional.ofNullable(branding.supportEmail())
                    .map(address ->
                            RegistrableDomain.of(EmailAddress.parse(address)).value());
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    private static boolean holds(DealRegistration deal, String domain) {
        return domainsOf(deal).contains(domain);
    }

    private static List<String> domainsOf(DealRegistration deal) {
        return Stream.of(deal.customer().domain(), deal.contact().domain())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private String companyName(UUID company) {
        return partners.company(new CompanyId(company)).map(c -> c.name()).orElse("");
    }

    /** The registrable domain of a website as typed: "https://eu.acme.com/x", "acme.com" (R3.3). */
    static String websiteDomain(String website) {
        String address = website.contains("://") ? website : "https://" + website;
        try {
            String host = new URI(address).getHost();
            return host == null ? null : RegistrableDomain.of(host).value();
        } catch (URISyntaxException | IllegalArgumentException notAWebsite) {
            return null;
        }
    }
}
