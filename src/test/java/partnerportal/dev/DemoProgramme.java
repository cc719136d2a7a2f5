package partnerportal.dev;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import com.partnerportal.accounts.internal.UserAdministration;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.programme.internal.LevelComputation;
import com.partnerportal.programme.internal.LevelForm;
import com.partnerportal.programme.internal.LevelForm.CriterionForm;
import com.partnerportal.programme.internal.ProgrammeAdministration;
import com.partnerportal.programme.internal.RateForm;
import com.partnerportal.university.internal.Certificates;
import com.partnerportal.university.internal.TechnicalSeats;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Programme levels for the demo (R10): SentinelOne's four levels with criteria on the demo
 * certifications and deals, defined by the demo vendor admin through the administration's own
 * service, and certified colleagues who put Northwind Secure at Gold and Bastion IT at Silver,
 * while Maple Managed Services lost its certified user and is in its grace period. Emma and Léa
 * hold no certificate, so that the README's University walk still earns one.
 */
final class DemoProgramme {

    record Services(
            ProgrammeAdministration administration,
            LevelComputation computation,
            UserAdministration users,
            Accounts accounts,
            TechnicalSeats seats,
            Certificates certificates,
            JdbcClient jdbc,
            TransactionTemplate transactions) {}

    private DemoProgramme() {}

    static String seed(Services services, CompanyId northwind, CompanyId bastion, CompanyId maple, CompanyId acme) {
        var admin = new UsernamePasswordAuthenticationToken(
                DemoData.ADMIN_EMAIL, null, List.of(new SimpleGrantedAuthority("ROLE_VENDOR_ADMIN")));
        SecurityContextHolder.getContext().setAuthentication(admin);
        try {
            defineLevels(services);
            services.computation().recompute(List.of(northwind, bastion, maple, acme), "demo");
            var jdbc = services.jdbc();
            UUID gettingStarted = course(jdbc, "getting-started");
            UUID selling = course(jdbc, "selling-singularity");
            UUID console = course(jdbc, "console-administration");
            certify(services, "noah.gagnon@northwind-secure.ca", "Noah", "Gagnon", northwind, gettingStarted, selling);
            certify(
                    services,
                    "chloe.bouchard@northwind-secure.ca",
                    "Chloé",
                    "Bouchard",
                    northwind,
                    gettingStarted,
                    console);
            certify(services, "hugo.bernard@bastion-it.fr", "Hugo", "Bernard", bastion, gettingStarted, selling);
            var leaver = certify(services, "liam.chen@maplemsp.ca", "Liam", "Chen", maple, gettingStarted, selling);
            // Liam left Maple: the certificate stops counting, Silver is kept through the grace period (R10.3).
            services.users().disable(leaver, DemoData.ADMIN_EMAIL);
            return "Registered, Silver, Gold, Platinum; Northwind Secure at Gold, Bastion IT at Silver,"
                    + " Maple Managed Services in its grace period";
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void defineLevels(Services services) {
        var administration = services.administration();
        UUID sales = certification(services, "SentinelOne Sales Associate");
        UUID admin = certification(services, "SentinelOne Certified Administrator");
        String actor = DemoData.ADMIN_EMAIL;
        administration.setRate(new RateForm("CAD", "0.73"), actor);
        administration.setRate(new RateForm("EUR", "1.08"), actor);
        administration.create(new LevelForm("Registered", "Enregistré", "5", "90", null, null, List.of()), actor);
        administration.create(
                new LevelForm(
                        "Silver",
                        "Argent",
                        "8",
                        "120",
                        null,
                        null,
                        List.of(new CriterionForm("1", List.of(sales.toString())))),
                actor);
        administration.create(
                new LevelForm(
                        "Gold",
                        "Or",
                        "12",
                        "150",
                        "1",
                        "20000",
                        List.of(
                                new CriterionForm("2", List.of(sales.toString(), admin.toString())),
                                new CriterionForm("1", List.of(admin.toString())))),
                actor);
        administration.create(
                new LevelForm(
                        "Platinum",
                        "Platine",
                        "20",
                        "180",
                        "5",
                        "250000",
                        List.of(new CriterionForm("3", List.of(admin.toString())))),
                actor);
    }

    /** A colleague who completed these courses and holds what they certify; they take a technical seat first. */
    private static AccountId certify(
            Services services, String email, String first, String last, CompanyId company, UUID... courses) {
        var accounts = services.accounts();
        var id = accounts.findByEmail(email)
                .map(account -> account.id())
                .orElseGet(() -> accounts.openWithPassword(
                        NewAccount.partnerUser(email, first, last, company.value(), Locale.ENGLISH),
                        UUID.randomUUID() + "-Aa1"));
        services.transactions().executeWithoutResult(status -> {
            services.seats().launch(id, company);
            for (UUID course : courses) {
                services.jdbc()
                        .sql("INSERT INTO enrolment (account_id, course_id, completed_at) VALUES (:a, :c, now())"
                                + " ON CONFLICT DO NOTHING")
                        .param("a", id.value())
                        .param("c", course)
                        .update();
                services.certificates().awardFor(id.value(), course);
            }
        });
        return id;
    }

    private static UUID course(JdbcClient jdbc, String slug) {
        return jdbc.sql("SELECT id FROM course WHERE slug = :slug")
                .param("slug", slug)
                .query(UUID.class)
                .single();
    }

    private static UUID certification(Services services, String titleEn) {
        return services.administration().certifications().stream()
                .filter(c -> c.titleEn().equals(titleEn))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
