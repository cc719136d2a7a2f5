package partnerportal.dev;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import com.partnerportal.catalogue.Resources;
import com.partnerportal.deals.internal.DealStore;
import com.partnerportal.deals.internal.Deals;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import com.partnerportal.shared.RegistrableDomain;
import com.partnerportal.university.Courses;
import com.partnerportal.university.Track;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

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
    static final String BASTION_EMAIL = "lea.martin@bastion-it.fr";
    static final String BASTION_PASSWORD = "Demo-Partenaire-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Partners partners;
    private final Accounts accounts;
    private final Courses courses;
    private final Resources resources;
    private final JdbcClient jdbc;
    private final Deals deals;
    private final DealStore dealStore;
    private final DemoProgramme.Services programme;

    DemoData(
            Partners partners,
            Accounts accounts,
            Courses courses,
            Resources resources,
            JdbcClient jdbc,
            Deals deals,
            DealStore dealStore,
            DemoProgramme.Services programme) {
        this.partners = partners;
        this.programme = programme;
        this.deals = deals;
        this.dealStore = dealStore;
        this.resources = resources;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.courses = courses;
    }

    private CompanyId company(String domain) {
        return partners.companiesWithDomain(RegistrableDomain.of(domain))
                .getFirst()
                .id();
    }

    private void seedCourses() {
        UUID gettingStarted = courses.publish(
                "getting-started",
                Track.FOUNDATION,
                "Getting Started with SentinelOne",
                "Bien démarrer avec SentinelOne",
                "The Singularity platform, its console and its agents in one hour.",
                "La plateforme Singularity, sa console et ses agents en une heure.",
                60);
        courses.publish(
                "troubleshooting-agents",
                Track.FOUNDATION,
                "Troubleshooting agents",
                "Dépanner les agents",
                "Install, upgrade and diagnose agents on Windows, macOS and Linux.",
                "Installer, mettre à jour et diagnostiquer les agents sous Windows, macOS et Linux.",
                45);
        UUID selling = courses.publish(
                "selling-singularity",
                Track.SALES,
                "Selling Singularity",
                "Vendre Singularity",
                "Positioning, personas and the first meeting.",
                "Positionnement, personas et premier rendez-vous.",
                40);
        courses.publish(
                "competitive-battlecards",
                Track.SALES,
                "Winning against competitors",
                "Gagner face à la concurrence",
                "Battlecards and objection handling.",
                "Fiches concurrentielles et traitement des objections.",
                30);
        courses.publish(
                "proof-of-value",
                Track.PRE_SALES,
                "Running a proof of value",
                "Mener une preuve de valeur",
                "Plan, run and close a proof of value.",
                "Préparer, mener et conclure une preuve de valeur.",
                90);
        courses.publish(
                "deep-visibility",
                Track.TECHNICAL,
                "Threat hunting with Deep Visibility",
                "Chasse aux menaces avec Deep Visibility",
                "Queries, storylines and hunting packs.",
                "Requêtes, storylines et packs de chasse.",
                120);
        UUID console = courses.publish(
                "console-administration",
                Track.TECHNICAL,
                "Console administration",
                "Administration de la console",
                "Policies, exclusions, roles and integrations.",
                "Politiques, exclusions, rôles et intégrations.",
                150);
        courses.addLesson(
                gettingStarted,
                "The Singularity platform",
                "La plateforme Singularity",
                "One console protects endpoints, cloud workloads and identities.\n\n"
                        + "Agents detect threats on the device itself, even offline.",
                "Une seule console protège les terminaux, les charges cloud et les identités.\n\n"
                        + "Les agents détectent les menaces sur l'appareil lui-même, même hors ligne.");
        courses.addLesson(
                gettingStarted,
                "Your first policy",
                "Votre première politique",
                "Start in detect mode, review the alerts for a week, then switch to protect.",
                "Commencez en mode détection, examinez les alertes pendant une semaine, puis passez en protection.");
        courses.addQuestion(
                gettingStarted,
                "Where do SentinelOne agents detect threats?",
                "Où les agents SentinelOne détectent-ils les menaces ?",
                List.of("On the device itself", "Only in the cloud", "On the firewall"),
                List.of("Sur l'appareil lui-même", "Uniquement dans le cloud", "Sur le pare-feu"),
                0);
        courses.addLesson(
                selling,
                "Who buys endpoint security",
                "Qui achète la sécurité des terminaux",
                "The CISO signs, the IT manager decides, the SOC lead uses it every day.",
                "Le RSSI signe, le responsable informatique décide, le responsable du SOC l'utilise chaque jour.");
        courses.addLesson(
                console,
                "Roles and scopes",
                "Rôles et périmètres",
                "Give each administrator the smallest scope that lets them work: account, site or group.",
                "Donnez à chaque administrateur le plus petit périmètre qui lui permet de travailler : compte, site ou groupe.");
        courses.defineCertification(
                "sales-associate",
                Track.SALES,
                "SentinelOne Sales Associate",
                "Associé commercial SentinelOne",
                List.of(gettingStarted, selling));
        courses.defineCertification(
                "certified-administrator",
                Track.TECHNICAL,
                "SentinelOne Certified Administrator",
                "Administrateur certifié SentinelOne",
                List.of(gettingStarted, console));
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(0)
    void seed() {
        if (partners.distributor("sherweb").isEmpty()) {
            DistributorId sherweb = partners.registerDistributor("sherweb", "Sherweb", "partners@sherweb.example");
            DistributorId ingram =
                    partners.registerDistributor("ingram-micro", "Ingram Micro", "security@ingrammicro.example");
            CompanyId northwind = partners.registerCompany("Northwind Secure", "CA", Set.of("northwind-secure.ca"));
            CompanyId bastion = partners.registerCompany("Bastion IT", "FR", Set.of("bastion-it.fr"));
            CompanyId maple =
                    partners.registerCompany("Maple Managed Services", "CA", Set.of("maplemsp.ca", "maple-msp.com"));
            partners.registerCompany("Acme Cyber", "US", Set.of("acme-cyber.com"));

            // Sherweb's entitlement list: two known partners and two that have not registered yet (R2.2).
            partners.importEntitlements(sherweb, """
                    customer_id,company_name,country,domains
                    SW-10045,Northwind Secure,CA,northwind-secure.ca
                    SW-10078,Maple Managed Services,CA,maplemsp.ca maple-msp.com
                    SW-10112,Laurentide Cyber,CA,laurentide-cyber.ca
                    SW-10150,Cèdre Informatique,CA,cedre-informatique.ca
                    """, "demo");
            partners.importEntitlements(ingram, """
                    customer_id,company_name,country,domains
                    IM-55001,Bastion IT,FR,bastion-it.fr
                    IM-55002,Acme Cyber,US,acme-cyber.com
                    """, "demo");
            partners.associate(northwind, sherweb, "SW-10045", "demo");
            partners.associate(maple, sherweb, "SW-10078", "demo");
            partners.associate(bastion, ingram, "IM-55001", "demo");

            accounts.openWithPassword(
                    NewAccount.vendorAdmin(ADMIN_EMAIL, "Olivia", "Martin", Locale.ENGLISH), ADMIN_PASSWORD);
            accounts.openWithPassword(
                    NewAccount.distributorReviewer(REVIEWER_EMAIL, "Lucas", "Tremblay", sherweb.value(), Locale.FRENCH),
                    REVIEWER_PASSWORD);
            accounts.openWithPassword(
                    NewAccount.partnerUser(PARTNER_EMAIL, "Emma", "Roy", northwind.value(), Locale.ENGLISH),
                    PARTNER_PASSWORD);
            accounts.openWithPassword(
                    NewAccount.partnerUser(BASTION_EMAIL, "Léa", "Martin", bastion.value(), Locale.FRENCH),
                    BASTION_PASSWORD);
            seedCourses();
            log.info("Demo data seeded: SentinelOne, Sherweb, Ingram Micro, four partner companies, entitlements");
        }
        if (jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM resource)")
                .query(Boolean.class)
                .single()) {
            log.info("Demo catalogue seeded: {} resources in English and French", DemoResources.seed(resources));
        }
        if (jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM deal_registration)")
                .query(Boolean.class)
                .single()) {
            var northwind = partners.companiesWithDomain(RegistrableDomain.of("northwind-secure.ca"))
                    .getFirst();
            var bastion = partners.companiesWithDomain(RegistrableDomain.of("bastion-it.fr"))
                    .getFirst();
            var sherweb = partners.distributor("sherweb").orElseThrow();
            var ingram = partners.distributor("ingram-micro").orElseThrow();
            log.info(
                    "Demo deal registrations seeded: {}",
                    DemoDeals.seed(deals, dealStore, jdbc, northwind.id(), bastion.id(), sherweb.id(), ingram.id()));
        }
        if (jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM programme_level)")
                .query(Boolean.class)
                .single()) {
            log.info(
                    "Demo programme levels seeded: {}",
                    DemoProgramme.seed(
                            programme,
                            company("northwind-secure.ca"),
                            company("bastion-it.fr"),
                            company("maplemsp.ca"),
                            company("acme-cyber.com")));
        }
        log.info(
                """

                ===== Partner Portal demo accounts =====
                  vendor admin        {} / {}
                  Sherweb reviewer    {} / {}
                  partner user        {} / {}
                  partner user (FR)   {} / {}
                  registration link   /register/sherweb
                  dev mailbox         /dev/mailbox
                ========================================""",
                ADMIN_EMAIL,
                ADMIN_PASSWORD,
                REVIEWER_EMAIL,
                REVIEWER_PASSWORD,
                PARTNER_EMAIL,
                PARTNER_PASSWORD,
                BASTION_EMAIL,
                BASTION_PASSWORD);
    }
}
