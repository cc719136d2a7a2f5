package partnerportal.dev;

import com.partnerportal.accounts.internal.IdentityProviders;
import com.partnerportal.partners.Partners;
import com.partnerportal.shared.RegistrableDomain;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import partnerportal.testing.TestIdentityProvider;

/**
 * The dev run's identity provider (R11.2), as its mailbox is for email: a local OpenID Connect
 * provider with one demo user at Contoso Cyber, a partner whose users sign on there. The provider
 * makes a new client secret each start, so the stored connection is refreshed each start too.
 */
class DevSignOn {

    static final String DOMAIN = "contoso-cyber.example";
    static final String USER = "olivia.chen@" + DOMAIN;
    static final String PASSWORD = "contoso sso demo";

    private static final Logger log = LoggerFactory.getLogger(DevSignOn.class);

    private final TestIdentityProvider provider;
    private final IdentityProviders identityProviders;
    private final Partners partners;
    private final String portalBaseUrl;

    DevSignOn(
            TestIdentityProvider provider,
            IdentityProviders identityProviders,
            Partners partners,
            String portalBaseUrl) {
        this.provider = provider;
        this.identityProviders = identityProviders;
        this.partners = partners;
        this.portalBaseUrl = portalBaseUrl;
    }

    /** After the demo data: Contoso Cyber, its provider and its user. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void seed(ApplicationReadyEvent ready) {
        String port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port");
        provider.allowPortal(portalBaseUrl).allowPortal("http://localhost:" + port);
        provider.verifiedUser(USER, PASSWORD, "Olivia", "Chen");
        var companies = partners.companiesWithDomain(RegistrableDomain.of(DOMAIN));
        var contoso = companies.isEmpty()
                ? partners.registerCompany("Contoso Cyber", "US", Set.of(DOMAIN))
                : companies.getFirst().id();
        var form = provider.connection(contoso.value().toString(), false, DOMAIN);
        var existing = identityProviders.list().stream()
                .filter(listed -> contoso.value().equals(listed.provider().companyId()))
                .findFirst();
        if (existing.isPresent()) {
            identityProviders.change(existing.get().provider().id(), form, "demo");
        } else {
            identityProviders.connect(form, "demo");
        }
        log.info("Demo identity provider {}: sign on as {} / {}", provider.issuer(), USER, PASSWORD);
    }
}
