package com.partnerportal.accounts.internal;

import com.partnerportal.accounts.IdentityProviderChanged;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.CompanyView;
import com.partnerportal.partners.Partners;
import com.partnerportal.shared.EmailAddress;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.RegistrableDomain;
import com.partnerportal.shared.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vendor's identity providers (R11.2, R11.3): connected to a partner company or to the vendor's
 * own staff only after a successful connection test, the client secret sealed at once and never shown
 * again, each change audited. The provider is called before the transaction, so a slow one holds no
 * database connection.
 */
@Service
public class IdentityProviders {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IdentityProviders.class);

    /** A provider and whom it signs on: a company's name, or {@code null} for the vendor's staff. */
    public record Listed(IdentityProvider provider, String companyName) {}

    private final IdentityProviderStore store;
    private final ProviderDiscovery discovery;
    private final SecretCipher cipher;
    private final Partners partners;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    IdentityProviders(
            IdentityProviderStore store,
            ProviderDiscovery discovery,
            SecretCipher cipher,
            Partners partners,
            ApplicationEventPublisher events,
            TransactionTemplate transaction) {
        this.store = store;
        this.discovery = discovery;
        this.cipher = cipher;
        this.partners = partners;
        this.events = events;
        this.transaction = transaction;
    }

    public List<Listed> list() {
        return store.all().stream().map(this::listed).toList();
    }

    /** @throws NotFoundException when there is no such provider */
    public Listed listed(UUID id) {
        return listed(find(id));
    }

    /** @throws NotFoundException when there is no such provider */
    public IdentityProvider find(UUID id) {
        return store.find(id).orElseThrow(NotFoundException::new);
    }

    private Listed listed(IdentityProvider provider) {
        return new Listed(
                provider,
                provider.forVendorStaff()
                        ? null
                        : partners.company(new CompanyId(provider.companyId()))
                                .map(CompanyView::name)
                                .orElse(null));
    }

    /**
     * The provider the typed address's domain is bound to, for the email-first login: it answers
     * only what the domain reveals, never whether the address has an account (R4.3).
     */
    public Optional<UUID> providerFor(String typedEmail) {
        try {
            String domain = RegistrableDomain.of(EmailAddress.parse(typedEmail)).value();
            return store.bindingDomain(domain).map(IdentityProvider::id);
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    /**
     * Fetches the provider's discovery document and keys as the form names them, saving nothing.
     *
     * @throws FormRefusedException naming the issuer field and why
     */
    public ProviderDiscovery.Discovered test(IdentityProviderForm form) {
        try {
            return discovery.discover(form.issuer());
        } catch (ProviderDiscovery.ConnectionFailedException failed) {
            log.info("Connection test of {} failed: {}", form.issuer(), failed.getMessage());
            throw new FormRefusedException(Map.of("issuer", failed.messageKey()));
        }
    }

    /** @throws FormRefusedException naming each wrong field; nothing is saved */
    public UUID connect(IdentityProviderForm form, String actor) {
        var errors = new LinkedHashMap<String, String>();
        UUID companyId = form.companyId();
        Optional<CompanyView> company = Optional.empty();
        if (companyId == null && !IdentityProviderForm.VENDOR.equals(form.owner())) {
            errors.put("owner", "sso.owner.required");
        } else if (companyId != null) {
            company = partners.company(new CompanyId(companyId));
            if (company.isEmpty()) {
                errors.put("owner", "sso.owner.required");
            }
        }
        if (errors.isEmpty() && store.ofCompany(companyId).isPresent()) {
            errors.put("owner", "sso.owner.taken");
        }
        if (form.clientSecret().isEmpty()) {
            errors.put("clientSecret", "sso.clientSecret.required");
        }
        if (companyId == null) {
            vendorStaffKeepPasswords(form, errors);
        }
        var domains = domains(form, company, errors);
        FormRefusedException.refuseIfAny(errors);
        var discovered = test(form);
        var provider =
                provider(UUID.randomUUID(), companyId, form, seal(form.clientSecret()), discovered, domains, actor);
        save(provider, actor, "connected", describe(provider, company) + " connected");
        return provider.id();
    }

    /** Blank client secret keeps the stored one; the owner never changes. */
    public void change(UUID id, IdentityProviderForm form, String actor) {
        var current = find(id);
        var company = current.forVendorStaff()
                ? Optional.<CompanyView>empty()
                : partners.company(new CompanyId(current.companyId()));
        var errors = new LinkedHashMap<String, String>();
        if (current.forVendorStaff()) {
            vendorStaffKeepPasswords(form, errors);
        }
        var domains = domains(form, company, errors);
        FormRefusedException.refuseIfAny(errors);
        var discovered = test(form);
        boolean secretReplaced = !form.clientSecret().isEmpty();
        var provider = provider(
                id,
                current.companyId(),
                form,
                secretReplaced ? seal(form.clientSecret()) : current.sealedClientSecret(),
                discovered,
                domains,
                current.createdBy());
        save(
                provider,
                actor,
                "changed",
                describe(provider, company) + " changed" + (secretReplaced ? "; client secret replaced" : ""));
    }

    public void remove(UUID id, String actor) {
        transaction.executeWithoutResult(status -> {
            if (!store.delete(id)) {
                throw new NotFoundException();
            }
            events.publishEvent(new IdentityProviderChanged(actor, id, "removed", "Identity provider removed"));
        });
    }

    private void save(IdentityProvider provider, String actor, String change, String details) {
        try {
            transaction.executeWithoutResult(status -> {
                store.save(provider);
                events.publishEvent(new IdentityProviderChanged(actor, provider.id(), change, details));
            });
        } catch (DuplicateKeyException taken) {
            boolean owner = String.valueOf(taken.getMessage()).contains("identity_provider_owner");
            throw new FormRefusedException(
                    owner ? Map.of("owner", "sso.owner.taken") : Map.of("domains", "sso.domains.taken"));
        }
    }

    /**
     * Passwords are switched off per partner company (R11.2); the vendor's staff keep theirs, so that
     * an administrator can still log in when the provider fails or is misconfigured.
     */
    private static void vendorStaffKeepPasswords(IdentityProviderForm form, Map<String, String> errors) {
        if (!form.passwordsAllowed()) {
            errors.put("passwordsAllowed", "sso.passwords.vendorKeep");
        }
    }

    /**
     * The domains typed, each a company's own (blank: all of them); for the vendor's staff at least
     * one; none already bound to another provider.
     */
    private List<String> domains(IdentityProviderForm form, Optional<CompanyView> company, Map<String, String> errors) {
        var typed = form.domainList();
        if (typed.isEmpty() && company.isPresent()) {
            typed = company.get().domains().stream().sorted().toList();
        }
        if (typed.isEmpty()) {
            errors.put("domains", "sso.domains.required");
            return List.of();
        }
        var domains = new ArrayList<String>();
        for (String domain : typed) {
            String registrable;
            try {
                registrable = RegistrableDomain.of(domain).value();
            } catch (IllegalArgumentException notADomain) {
                errors.put("domains", "sso.domains.invalid");
                return List.of();
            }
            if (company.isPresent() && !company.get().domains().contains(registrable)) {
                errors.put("domains", "sso.domains.notCompany");
                return List.of();
            }
            if (!domains.contains(registrable)) {
                domains.add(registrable);
            }
        }
        return domains;
    }

    private IdentityProvider provider(
            UUID id,
            UUID companyId,
            IdentityProviderForm form,
            byte[] sealedSecret,
            ProviderDiscovery.Discovered discovered,
            List<String> domains,
            String createdBy) {
        return new IdentityProvider(
                id,
                companyId,
                form.issuer(),
                form.clientId(),
                sealedSecret,
                form.scopeList(),
                form.emailClaim(),
                form.emailMustBeVerified(),
                form.passwordsAllowed(),
                discovered.endpoints(),
                domains,
                createdBy,
                java.time.Instant.now());
    }

    private byte[] seal(String secret) {
        return cipher.encrypt(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(IdentityProvider provider, Optional<CompanyView> company) {
        return "Identity provider " + provider.issuer() + " for "
                + company.map(CompanyView::name).orElse("the vendor's staff") + " (domains "
                + String.join(", ", provider.domains()) + "; email claim " + provider.emailClaim()
                + (provider.emailMustBeVerified() ? ", verified" : ", not necessarily verified")
                + (provider.passwordsAllowed() ? "; passwords allowed)" : "; passwords off)");
    }
}
