package com.partnerportal.deals.internal;

import com.partnerportal.deals.DealChanged;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import com.partnerportal.registration.MailProviders;
import com.partnerportal.shared.BrandingProperties;
import com.partnerportal.shared.Choice;
import com.partnerportal.shared.EmailAddress;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.Keyset;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.shared.RegistrableDomain;
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

    static final int PARTNER_CHOICES = 2_000;

    /** Who the history and the audit trail name for an approval by the vendor's rule (R9.3). */
    static final String AUTO_APPROVER = "rule: approve registrations without conflict";

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
            boolean customerIsVendor,
            boolean registrant) {}

    private final DealRegistrations registrations;
    private final DealStore store;
    private final Partners partners;
    private final ApplicationEventPublisher events;
    private final DealProtection protection;
    private final BrandingProperties branding;
    private final MailProviders mailProviders;

    public Deals(
            DealRegistrations registrations,
            DealStore store,
            Partners partners,
            ApplicationEventPublisher events,
            DealProtection protection,
            BrandingProperties branding,
            MailProviders mailProviders) {
        this.mailProviders = mailProviders;
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

    /** R9.1: partner users register deals for their company, distributor reviewers for one of their partners. */
    public void refuseUnlessRegistrant(PortalPrincipal user) {
        if (user.companyId() == null && user.distributorId() == null) {
            throw new NotFoundException();
        }
    }

    /** The partners a distributor reviewer may register for, by name; none for a partner user. */
    public List<Choice> partnersFor(PortalPrincipal user) {
        if (user.distributorId() == null) {
            return List.of();
        }
        return partners.currentPartners(new DistributorId(user.distributorId()), PARTNER_CHOICES).stream()
                .map(a -> new Choice(a.companyId().value().toString(), a.companyName()))
                .toList();
    }

    /** The registrations the user may see, newest change first (R9.6). */
    /** A page of the registrations the user may see (R9.6), newest change first, after {@code after}. */
    public Keyset.Page<DealStore.Summary> visibleTo(PortalPrincipal user, DealStore.Criteria criteria, Keyset after) {
        if (user.isVendorAdmin()) {
            return store.list(null, null, criteria, after, Keyset.PAGE_SIZE);
        }
        if (user.distributorId() != null) {
            return store.list(null, user.distributorId(), criteria, after, Keyset.PAGE_SIZE);
        }
        if (user.companyId() != null) {
            return store.list(user.companyId(), null, criteria, after, Keyset.PAGE_SIZE);
        }
        return new Keyset.Page<>(List.of(), null);
    }

    /** Company names for a list's rows, looked up once each. */
    public Map<UUID, String> companyNames(List<DealStore.Summary> rows) {
        return rows.stream()
                .map(DealStore.Summary::companyId)
                .distinct()
                .collect(Collectors.toMap(Function.identity(), this::companyName));
    }

    /**
     * Registers an opportunity (R9.1): a partner user for their company and its current
     * distributor, a distributor reviewer for one of its current partners. Saved as a draft, or
     * submitted for review at once.
     *
     * @throws FormRefusedException when the website, the contact's address, a product or the partner is not one
     * @throws NotFoundException for anyone but a partner user or a distributor reviewer
     */
    @Transactional
    public UUID register(PortalPrincipal user, DealForm form, boolean submit) {
        refuseUnlessRegistrant(user);
        Map<String, String> problems = new LinkedHashMap<>();
        var registrant = registrantOf(user, form, problems);
        var parts = read(form, problems);
        FormRefusedException.refuseIfAny(problems);
        var draft = DealRegistration.draft(
                registrant.companyId(),
                registrant.distributorId(),
                user.email(),
                parts.customer(),
                parts.contact(),
                parts.products(),
                parts.estimate(),
                form.notes());
        registrations.saveDraft(draft);
        store.created(draft, user.email());
        publish(
                user.email(),
                draft,
                "created",
                draft.status(),
                null,
                "Registered " + draft.customer().name() + " as a draft");
        if (submit) {
            act(user, draft.id(), Action.SUBMIT, null);
        }
        return draft.id();
    }

    /** The form of a registration its registrant may still change: a draft, or one sent back for more information. */
    public DealForm formOf(PortalPrincipal user, UUID id) {
        var deal = visible(user, id);
        refuseUnless(registrant(user, deal) && deal.status().editable(), deal, "edited");
        return DealForm.of(deal);
    }

    /**
     * The registrant changes a draft, or completes one sent back for more information (R9.3), and
     * may submit it again at once. The company and distributor stay.
     *
     * @throws DealTransitionRefusedException when it is no longer a draft or awaiting information
     */
    @Transactional
    public void revise(PortalPrincipal user, UUID id, DealForm form, boolean submit) {
        var deal = visible(user, id);
        refuseUnless(registrant(user, deal), deal, "edited by anyone but its registrant");
        Map<String, String> problems = new LinkedHashMap<>();
        var parts = read(form, problems);
        FormRefusedException.refuseIfAny(problems);
        var revised = registrations.revise(
                id,
                user.email(),
                r -> r.revise(parts.customer(), parts.contact(), parts.products(), parts.estimate(), form.notes()));
        publish(
                user.email(),
                revised,
                "revised",
                revised.status(),
                null,
                "Revised " + revised.customer().name());
        if (submit) {
            act(user, id, Action.SUBMIT, null);
        }
    }

    /**
     * The partner marks an approved registration won, with its final value and day (R9.5).
     *
     * @throws DealTransitionRefusedException unless it is approved and the user is its partner
     */
    @Transactional
    public DealRegistration won(PortalPrincipal user, UUID id, WonForm form) {
        var deal = visible(user, id);
        refuseUnless(registrant(user, deal), deal, "marked won by anyone but its partner");
        var won = registrations.won(id, user.email(), form.outcome());
        publish(
                user.email(),
                deal,
                "won",
                won.status(),
                null,
                "Registration " + deal.customer().name() + " won: " + won.won().value() + " "
                        + deal.estimate().currency() + " on " + won.won().on());
        return won;
    }

    private record Registrant(CompanyId companyId, DistributorId distributorId) {}

    /** The company a registration is for and the distributor that supplies it (R9.1). */
    private Registrant registrantOf(PortalPrincipal user, DealForm form, Map<String, String> problems) {
        if (user.companyId() != null) {
            var company = new CompanyId(user.companyId());
            var association = partners.currentAssociation(company);
            if (association.isEmpty()) {
                problems.put("products", "deals.error.noDistributor");
                return null;
            }
            return new Registrant(company, association.get().distributorId());
        }
        var distributor = new DistributorId(user.distributorId());
        var company = Optional.ofNullable(form.partner())
                .map(UUID::fromString)
                .map(CompanyId::new)
                .filter(chosen -> partners.currentAssociation(chosen)
                        .filter(a -> a.distributorId().equals(distributor))
                        .isPresent());
        if (company.isEmpty()) {
            problems.put("partner", "deals.error.partner");
            return null;
        }
        return new Registrant(company.get(), distributor);
    }

    private record Parts(
            DealRegistration.Customer customer,
            DealRegistration.Contact contact,
            Set<UUID> products,
            DealRegistration.Estimate estimate) {}

    /**
     * The customer and contact as conflicts compare them (R9.2, R3.3): registrable domains of the
     * website and of the contact's address, except a mail provider's, which names no customer.
     */
    private Parts read(DealForm form, Map<String, String> problems) {
        String domain = null;
        if (form.customerWebsite() != null) {
            domain = websiteDomain(form.customerWebsite());
            if (domain == null) {
                problems.put("customerWebsite", "deals.error.website");
            }
        }
        EmailAddress contactEmail = null;
        String contactDomain = null;
        try {
            contactEmail = EmailAddress.parse(form.contactEmail());
            contactDomain = mailProviders.hosts(contactEmail)
                    ? null
                    : RegistrableDomain.of(contactEmail).value();
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
        if (!problems.isEmpty()) {
            return null;
        }
        return new Parts(
                new DealRegistration.Customer(
                        form.customerName(),
                        CustomerNames.key(form.customerName()),
                        form.customerCountry(),
                        form.customerWebsite(),
                        domain),
                new DealRegistration.Contact(
                        form.contactName(), contactEmail.value(), contactDomain, form.contactJobTitle()),
                products,
                new DealRegistration.Estimate(form.currency(), form.value(), form.close()));
    }

    /** Whoever registered it: a user of its partner company, or a reviewer of its distributor who registered it. */
    private static boolean registrant(PortalPrincipal user, DealRegistration deal) {
        return (user.companyId() != null
                        && user.companyId().equals(deal.companyId().value()))
                || (user.distributorId() != null
                        && user.distributorId().equals(deal.distributorId().value())
                        && user.email().equalsIgnoreCase(deal.registeredBy()));
    }

    private void publish(
            String actor, DealRegistration deal, String change, DealStatus status, String reason, String details) {
        events.publishEvent(new DealChanged(
                actor,
                deal.id(),
                change,
                deal.registeredBy(),
                deal.customer().name(),
                status.name(),
                reason,
                details,
                deal.companyId(),
                deal.distributorId()));
    }

    /** @throws NotFoundException when the user may not see it (R9.6) */
    public View view(PortalPrincipal user, UUID id) {
        var deal = visible(user, id);
        boolean reviewer = user.isVendorAdmin() || user.distributorId() != null;
        var found = deal.status() == DealStatus.DRAFT ? List.<DealStore.Conflict>of() : store.conflicts(deal);
        var conflicts = reviewer ? found : List.<DealStore.Conflict>of();
        Map<UUID, String> conflictCompanies = conflicts.stream()
                .map(conflict -> conflict.other().companyId())
                .distinct()
                .collect(Collectors.toMap(Function.identity(), this::companyName));
        boolean needsReview = !reviewer && deal.status().underReview() && !found.isEmpty();
        return new View(
                deal,
                companyName(deal.companyId().value()),
                partners.distributor(deal.distributorId()).map(d -> d.name()).orElse(""),
                store.productNames(deal),
                conflicts,
                conflictCompanies,
                store.history(id),
                needsReview,
                protection.extensionOf(id),
                reviewer ? partnerHolding(deal) : null,
                reviewer && vendorDomain().filter(domain -> holds(deal, domain)).isPresent(),
                registrant(user, deal));
    }

    /** What a person can do to a registration; who may do each is checked here, not in the page. */
    public enum Action {
        SUBMIT,
        WITHDRAW,
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
        boolean registrant = registrant(user, deal);
        boolean distributor = user.distributorId() != null;
        boolean vendor = user.isVendorAdmin();
        String actor = user.email();
        DealRegistration moved = switch (action) {
            case SUBMIT -> {
                refuseUnless(registrant, deal, "submitted by anyone but its registrant");
                var submitted = registrations.submit(id, actor);
                // R9.1: a registration the distributor made for its partner needs no review by that distributor.
                yield distributor ? registrations.distributorApproves(id, actor, null) : submitted;
            }
            case WITHDRAW -> {
                refuseUnless(registrant, deal, "withdrawn by anyone but its registrant");
                yield registrations.withdraw(id, actor);
            }
            case LOST -> {
                refuseUnless(registrant, deal, "marked lost by anyone but its registrant");
                yield registrations.lost(id, actor, reason);
            }
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
                refuseUnless(registrant, deal, "extended on anyone's request but its registrant's");
                protection.requestExtension(user, deal, reason);
                yield deal;
            }
            case GRANT_EXTENSION, REFUSE_EXTENSION -> {
                protection.decideExtension(user, deal, action == Action.GRANT_EXTENSION, reason);
                yield store.find(id).orElseThrow();
            }
        };
        publish(
                actor,
                deal,
                action.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                moved.status(),
                reason,
                "Registration " + deal.customer().name() + " " + deal.status() + " → " + moved.status()
                        + (reason == null ? "" : ": " + reason));
        if (moved.status() == DealStatus.VENDOR_REVIEW) {
            return autoApproved(moved).orElse(moved);
        }
        return moved;
    }

    /**
     * R9.3: when the vendor's rule is on, a registration the distributor passed on and that no
     * other active registration conflicts with is approved at once. Should an approval that is not
     * yet expired by the job still hold the customer, the registration waits for the vendor.
     */
    private Optional<DealRegistration> autoApproved(DealRegistration deal) {
        if (!store.autoApproves() || !store.conflicts(deal).isEmpty()) {
            return Optional.empty();
        }
        DealRegistration approved;
        try {
            approved = registrations.approveByRule(deal.id(), AUTO_APPROVER);
        } catch (DealExclusivityException held) {
            return Optional.empty();
        }
        publish(
                AUTO_APPROVER,
                approved,
                "approve",
                approved.status(),
                null,
                "Registration " + approved.customer().name()
                        + " approved by the rule for registrations without conflict");
        return Optional.of(approved);
    }

    /** The distributor reviews what awaits it; the vendor reviews at any stage. */
    private static boolean reviewing(DealRegistration deal, boolean distributor, boolean vendor) {
        return vendor || (distributor && deal.status().withDistributor());
    }

    private static void refuseUnless(boolean allowed, DealRegistration deal, String verb) {
        if (!allowed) {
            throw new DealTransitionRefusedException(deal.status(), verb);
        }
    }

    /**
     * A reviewer's or a partner's reason as typed, for the history and the email (R9.3): null when
     * blank.
     *
     * @throws IllegalArgumentException when it is over 2,000 characters or holds control characters
     */
    public static String reason(String typed) {
        String reason = typed == null || typed.isBlank() ? null : typed.strip();
        if (reason != null
                && (reason.length() > 2000 || reason.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r'))) {
            throw new IllegalArgumentException("A reason has at most 2,000 characters and no control characters");
        }
        return reason;
    }

    /** @throws NotFoundException when the user may not see the registration (R9.6) */
    public void refuseUnlessVisible(PortalPrincipal user, UUID id) {
        visible(user, id);
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

    /**
     * The registrable domain of a website as typed (R3.3): "https://eu.acme.com/x", "acme.com:443",
     * "bücher.de"; null when it is not a web address. Read by hand, since {@link java.net.URI}
     * knows no host with an accent.
     */
    static String websiteDomain(String website) {
        String rest = website.strip();
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            String name = rest.substring(0, scheme).toLowerCase(Locale.ROOT);
            if (!name.equals("https") && !name.equals("http")) {
                return null;
            }
            rest = rest.substring(scheme + 3);
        }
        int end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String host = rest.substring(0, end).replaceFirst(":\\d{1,5}$", "");
        try {
            return RegistrableDomain.of(host).value();
        } catch (IllegalArgumentException notAHost) {
            return null;
        }
    }
}
