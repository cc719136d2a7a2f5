package partnerportal.testing;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;

/** Creates the users tests log in as, each with unique addresses so tests never collide. */
@TestComponent
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple 2026";

    private final Accounts accounts;
    private final Partners partners;

    TestAccounts(Accounts accounts, Partners partners) {
        this.accounts = accounts;
        this.partners = partners;
    }

    public static String uniqueEmail(String name, String domain) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
    }

    public String vendorAdmin() {
        String email = uniqueEmail("admin", "sentinelone.example");
        accounts.openWithPassword(NewAccount.vendorAdmin(email, "Ada", "Admin", Locale.ENGLISH), PASSWORD);
        return email;
    }

    public CompanyId company(String name) {
        String domain = "c" + UUID.randomUUID().toString().substring(0, 8) + "-partner.com";
        return partners.registerCompany(name, "FR", Set.of(domain));
    }

    public String partnerUser(CompanyId company) {
        String email = uniqueEmail(
                "user",
                partners.company(company).orElseThrow().domains().iterator().next());
        accounts.openWithPassword(
                NewAccount.partnerUser(email, "Paul", "Partner", company.value(), Locale.ENGLISH), PASSWORD);
        return email;
    }

    public String distributorReviewer(DistributorId distributor) {
        String email = uniqueEmail("reviewer", "distributor.example");
        accounts.openWithPassword(
                NewAccount.distributorReviewer(email, "Rita", "Reviewer", distributor.value(), Locale.ENGLISH),
                PASSWORD);
        return email;
    }

    public DistributorId distributor() {
        String slug = "d-" + UUID.randomUUID().toString().substring(0, 8);
        return partners.registerDistributor(slug, "Distributor " + slug, null);
    }

    public AccountId invitePartnerUser(CompanyId company, String email, Locale locale) {
        return accounts.invite(NewAccount.partnerUser(email, "Inès", "Invitée", company.value(), locale), "test");
    }
}
