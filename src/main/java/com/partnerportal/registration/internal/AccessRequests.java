package com.partnerportal.registration.internal;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.CompanyView;
import com.partnerportal.partners.DistributorView;
import com.partnerportal.partners.EntitlementView;
import com.partnerportal.partners.Partners;
import com.partnerportal.shared.AttemptThrottle;
import com.partnerportal.shared.EmailAddress;
import com.partnerportal.shared.Locales;
import com.partnerportal.shared.RegistrableDomain;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration module's API: the email step (R3.1–R3.4), the submission and its automatic
 * decision (R3.5–R3.7). Every step is recorded with its reason (R3.9).
 */
@Service
public class AccessRequests {

    /** What the email step found. */
    public sealed interface EmailStep {
        record Malformed() implements EmailStep {}

        record Throttled(Duration delay) implements EmailStep {}

        record Refused(Reason reason) implements EmailStep {}

        record AlreadyRegistered() implements EmailStep {}

        record AlreadyPending() implements EmailStep {}

        /** Go on to the company step; {@code knownCompanies} non-empty means "select your company" (R3.5a). */
        record Proceed(String email, String domain, List<CompanyView> knownCompanies) implements EmailStep {}
    }

    /** What the submission became. */
    public sealed interface Outcome {
        record Approved() implements Outcome {}

        record UnderReview(Reason reason, String otherDistributor) implements Outcome {}

        record Rejected(Reason reason) implements Outcome {}

        record AlreadyRegistered() implements Outcome {}

        record AlreadyPending() implements Outcome {}
    }

    private final EmailPolicy policy;
    private final AccessRequestStore store;
    private final Partners partners;
    private final Accounts accounts;
    private final AttemptThrottle throttle;
    private final ApplicationEventPublisher events;
    private final RegistrationProperties properties;

    public AccessRequests(
            EmailPolicy policy,
            AccessRequestStore store,
            Partners partners,
            Accounts accounts,
            AttemptThrottle throttle,
            ApplicationEventPublisher events,
            RegistrationProperties properties) {
        this.policy = policy;
        this.store = store;
        this.partners = partners;
        this.accounts = accounts;
        this.throttle = throttle;
        this.events = events;
        this.properties = properties;
    }

    /**
     * Step 1: the business email (R3.1–R3.4). Each attempt counts against the address and the client,
     * so the step cannot sweep addresses (R4.3). Not one transaction: the throttle commits its counts on
     * their own, and a request must never hold one pooled connection while it waits for another.
     */
    public EmailStep checkEmail(DistributorView distributor, String input, String client, Locale locale) {
        EmailAddress address;
        RegistrableDomain domain;
        try {
            address = EmailAddress.parse(input);
            domain = RegistrableDomain.of(address);
        } catch (IllegalArgumentException malformed) {
            return new EmailStep.Malformed();
        }
        String addressKey = "register:address:" + address.value();
        String clientKey = "register:client:" + client;
        var wait = throttle.longestWait(addressKey, clientKey);
        if (wait.isPresent()) {
            return new EmailStep.Throttled(wait.get());
        }
        throttle.recordFailure(addressKey, properties.perAddress());
        throttle.recordFailure(clientKey, properties.perClient());

        var verdict = policy.judge(address);
        // Refusals are decided as soon as they are known (R3.2, R3.6): nothing the company step could
        // say changes a free, disposable or denied domain's outcome.
        var refusal = switch (verdict) {
            case FREE_PROVIDER -> Optional.of(Reason.FREE_PROVIDER);
            case DISPOSABLE -> Optional.of(Reason.DISPOSABLE);
            case DENIED -> Optional.of(Reason.DENY_RULE);
            case BUSINESS, FLAGGED -> Optional.<Reason>empty();
        };
        if (refusal.isPresent()) {
            var reason = refusal.get();
            record(
                    distributor,
                    newRequest(distributor, address, domain, locale, null),
                    Decision.rejected(reason),
                    "applicant");
            return new EmailStep.Refused(reason);
        }
        if (accounts.exists(address.value())) {
            return new EmailStep.AlreadyRegistered();
        }
        if (store.openFor(address.value())) {
            return new EmailStep.AlreadyPending();
        }
        return new EmailStep.Proceed(address.value(), domain.value(), knownCompanies(domain));
    }

    /** Step 2: the company and the applicant; decides, records and emails (R3.5–R3.7). */
    @Transactional
    public Outcome submit(DistributorView distributor, Application application, Locale locale) {
        var address = EmailAddress.parse(application.email());
        var domain = RegistrableDomain.of(address);
        store.lockAddress(address.value());
        if (accounts.exists(address.value())) {
            return new Outcome.AlreadyRegistered();
        }
        if (store.openFor(address.value())) {
            return new Outcome.AlreadyPending();
        }
        var request = newRequest(distributor, address, domain, locale, application);
        var verdict = policy.judge(address);

        List<CompanyView> known = knownCompanies(domain);
        CompanyView company = application.chosenCompanyId() == null
                ? null
                : known.stream()
                        .filter(c -> c.id().value().equals(application.chosenCompanyId()))
                        .findFirst()
                        .orElse(null);
        boolean sawSelection = application.companyName() == null;
        if (company == null && !application.noneOfThese()) {
            if (sawSelection && !known.isEmpty()) {
                // Chose nothing valid among the known companies: a reviewer decides, as for "none of these".
                request = request.withNoneOfThese();
            } else {
                // Filled in a new company, but a company holds the domain (created meanwhile by a colleague,
                // or without approved users yet): the applicant joins it, and its entitlement and
                // distributor are the ones that count.
                company = partners.companiesWithDomain(domain).stream()
                        .findFirst()
                        .orElse(null);
            }
        }
        List<EntitlementView> entitlements = company != null
                ? partners.entitlementsOf(distributor.id(), company)
                : partners.entitlementsWithDomain(distributor.id(), domain);
        var current = company == null
                ? null
                : partners.currentAssociation(company.id()).orElse(null);
        boolean elsewhere = current != null && !current.distributorId().equals(distributor.id());
        var decision = Decision.of(verdict, request.noneOfThese(), !entitlements.isEmpty(), elsewhere);

        if (decision.status() == Decision.Status.APPROVED) {
            var granted = grant(distributor, request, company, entitlements, "automatic");
            request = request.granted(granted.companyId(), granted.accountId().value(), "automatic", Instant.now());
            record(distributor, request, decision, "automatic");
            return new Outcome.Approved();
        }
        record(distributor, request, decision, "automatic");
        return switch (decision.status()) {
            case UNDER_REVIEW ->
                new Outcome.UnderReview(decision.reason(), elsewhere ? current.distributorName() : null);
            case REJECTED -> new Outcome.Rejected(decision.reason());
            case APPROVED -> throw new IllegalStateException();
        };
    }

    /** Companies with this domain that already have an approved user (R3.5a). */
    public List<CompanyView> knownCompanies(RegistrableDomain domain) {
        return partners.companiesWithDomain(domain).stream()
                .filter(company -> accounts.hasApprovedUsers(company.id()))
                .toList();
    }

    public record Granted(UUID companyId, AccountId accountId) {}

    /**
     * Gives access (R3.7): the company (the chosen one, or a new one from the request, joined if a
     * concurrent applicant created it first), its association with the distributor, the account
     * and its "access granted" email with the single-use link.
     */
    public Granted grant(
            DistributorView distributor,
            AccessRequest request,
            CompanyView company,
            List<EntitlementView> entitlements,
            String actor) {
        CompanyId companyId;
        if (company != null) {
            companyId = company.id();
        } else {
            var domain = RegistrableDomain.of(request.domain());
            try {
                companyId = partners.registerCompany(
                        request.companyName(), request.country(), java.util.Set.of(domain.value()));
            } catch (Partners.DomainTakenException createdMeanwhile) {
                companyId = partners.companiesWithDomain(domain).getFirst().id();
            }
        }
        String customerId =
                entitlements.isEmpty() ? null : entitlements.getFirst().customerId();
        partners.associate(companyId, distributor.id(), customerId, actor);
        var account = accounts.invite(
                NewAccount.partnerUser(
                        request.email(),
                        request.firstName(),
                        request.lastName(),
                        companyId.value(),
                        Locales.supported(request.language())),
                actor);
        return new Granted(companyId.value(), account);
    }

    public void record(DistributorView distributor, AccessRequest request, Decision decision, String actor) {
        var stored = request.decided(decision);
        store.insert(stored);
        store.log(stored.id(), actor, decision.status().name(), decision.reason().text);
        events.publishEvent(
                stored.decidedEvent(distributor.name(), decision.status().name(), decision.reason(), null, actor));
    }

    private static AccessRequest newRequest(
            DistributorView distributor,
            EmailAddress address,
            RegistrableDomain domain,
            Locale locale,
            Application application) {
        return new AccessRequest(
                UUID.randomUUID(),
                distributor.id().value(),
                address.value(),
                domain.value(),
                Locales.supported(locale).getLanguage(),
                application == null ? null : application.firstName(),
                application == null ? null : application.lastName(),
                application == null ? null : application.jobTitle(),
                application == null ? null : application.phone(),
                application == null ? null : application.companyName(),
                application == null ? null : application.country(),
                application == null ? null : application.chosenCompanyId(),
                application != null && application.noneOfThese(),
                Decision.Status.UNDER_REVIEW,
                null,
                Reason.NOT_ENTITLED,
                null,
                null,
                null,
                null,
                null);
    }
}
