package partnerportal.dev;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The reference scenario (PRODUCT.md): vendor SentinelOne, distributors Sherweb and Ingram Micro,
 * a few partner companies, and one account per role. Seeded once into an empty database; the
 * demo passwords are printed at every start and listed in the README.
 */
class DemoData {

    static final String ADMIN_EMAIL = "olivia.martin@sentinelone.example";
    static final String ADMIN_PASSWORD = "Demo-Vendor-Admin-2026";
    static final String REVIEWER_EMAIL = "lucas.tremblay@sherweb.example";
    static final String REVIEWER_PASSWORD = "Demo-Sherweb-Review-2026";
    static final String PARTNER_EMAIL = "emma.roy@northwind-secure.ca";
    static final String PARTNER_PASSWORD = "Demo-Partner-User-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Partners partners;
    private final Accounts accounts;

    DemoData(Partners partners, Accounts accounts) {
        this.partners = partners;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (partners.distributor("sherweb").isEmpty()) {
            DistributorId sherweb = partners.registerDistributor("sherweb", "Sherweb", "partners@sherweb.example");
            partners.registerDistributor("ingram-micro", "Ingram Micro", "security@ingrammicro.example");
            CompanyId northwind = partners.registerCompany("Northwind Secure", "CA", Set.of("northwind-secure.ca"));
            partners.registerCompany("Bastion IT", "FR", Set.of("bastion-it.fr"));
            partners.registerCompany("Maple Managed Services", "CA", Set.of("maplemsp.ca", "maple-msp.com"));
            partners.registerCompany("Acme Cyber", "US", Set.of("acme-cyber.com"));

            accounts.openWithPassword(
                    NewAccount.vendorAdmin(ADMIN_EMAIL, "Olivia", "Martin", Locale.ENGLISH), ADMIN_PASSWORD);
            accounts.openWithPassword(
                    NewAccount.distributorReviewer(REVIEWER_EMAIL, "Lucas", "Tremblay", sherweb.value(), Locale.FRENCH),
                    REVIEWER_PASSWORD);
            accounts.openWithPassword(
                    NewAccount.partnerUser(PARTNER_EMAIL, "Emma", "Roy", northwind.value(), Locale.ENGLISH),
                    PARTNER_PASSWORD);
            log.info("Demo data seeded: SentinelOne, Sherweb, Ingram Micro and four partner companies");
        }
        log.info("""

                ===== Partner Portal demo accounts =====
                  vendor admin        {} / {}
                  Sherweb reviewer    {} / {}
                  partner user        {} / {}
                  dev mailbox         /dev/mailbox
                ========================================""", ADMIN_EMAIL, ADMIN_PASSWORD, REVIEWER_EMAIL, REVIEWER_PASSWORD, PARTNER_EMAIL, PARTNER_PASSWORD);
    }
}
