package partnerportal.dev;

import com.partnerportal.deals.internal.DealForm;
import com.partnerportal.deals.internal.DealStore;
import com.partnerportal.deals.internal.Deals;
import com.partnerportal.deals.internal.Deals.Action;
import com.partnerportal.deals.internal.WonForm;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.Caller;

/**
 * Deal registrations for the demo (R9): the vendor's products, and registrations of Northwind
 * Secure (through Sherweb) and Bastion IT (through Ingram Micro) in every state of their review,
 * among them one customer both registered, so that the vendor sees a conflict; one registration in
 * each state of its life.
 */
final class DemoDeals {

    private DemoDeals() {}

    static int seed(
            Deals deals,
            DealStore store,
            JdbcClient jdbc,
            CompanyId northwind,
            CompanyId bastion,
            DistributorId sherweb,
            DistributorId ingram) {
        UUID xdr = store.addProduct("Singularity Complete");
        UUID cloud = store.addProduct("Singularity Cloud Security");
        UUID identity = store.addProduct("Singularity Identity");
        store.addProduct("Purple AI");
        var emma = new Caller(DemoData.PARTNER_EMAIL, northwind.value(), null, false);
        var lea = new Caller(DemoData.BASTION_EMAIL, bastion.value(), null, false);
        var lucas = new Caller(DemoData.REVIEWER_EMAIL, null, sherweb.value(), false);
        var ingramReviewer = new Caller("security@ingrammicro.example", null, ingram.value(), false);
        var olivia = new Caller(DemoData.ADMIN_EMAIL, null, null, true);

        UUID contoso =
                deals.register(emma, form("Contoso Health", "contoso-health.ca", "CA", "CAD", "85000", xdr), true);
        deals.act(lucas, contoso, Action.DISTRIBUTOR_APPROVE, "Buys Singularity through us since 2024.");
        deals.act(olivia, contoso, Action.APPROVE, null);
        UUID fabrikam =
                deals.register(emma, form("Fabrikam Logistics", "fabrikam.com", "CA", "USD", "42000", cloud), true);
        deals.act(lucas, fabrikam, Action.DISTRIBUTOR_APPROVE, null);
        deals.register(emma, form("Tailspin Toys", "tailspintoys.ca", "CA", "CAD", "12000", identity), false);
        UUID woodgrove =
                deals.register(emma, form("Woodgrove Bank", "woodgrovebank.ca", "CA", "CAD", "150000", xdr), true);
        deals.act(lucas, woodgrove, Action.REQUEST_INFORMATION, "Which subsidiaries does the project cover?");
        UUID adatum = deals.register(emma, form("Adatum Clinics", "adatum.ca", "CA", "CAD", "30000", identity), true);
        deals.act(lucas, adatum, Action.DISTRIBUTOR_APPROVE, null);
        deals.act(olivia, adatum, Action.APPROVE, null);
        deals.won(emma, adatum, new WonForm("31500", LocalDate.now().toString()));
        // Bastion IT registers the customer Northwind holds: the vendor sees the conflict (R9.2).
        UUID contosoAgain = deals.register(
                lea, form("Contoso Health Inc.", "www.contoso-health.ca", "CA", "EUR", "60000", xdr), true);
        deals.act(ingramReviewer, contosoAgain, Action.DISTRIBUTOR_APPROVE, null);
        UUID litware = deals.register(lea, form("Litware SAS", "litware.fr", "FR", "EUR", "25000", cloud), true);
        deals.act(ingramReviewer, litware, Action.REJECT, "Litware buys its licences through another reseller.");
        // The other ends of a registration's life: just submitted, lost, withdrawn, expired.
        deals.register(
                lea, form("Wide World Importers", "wideworldimporters.fr", "FR", "EUR", "18000", identity), true);
        UUID northbound =
                deals.register(emma, form("Northbound Freight", "northbound.ca", "CA", "CAD", "22000", cloud), true);
        deals.act(lucas, northbound, Action.DISTRIBUTOR_APPROVE, null);
        deals.act(olivia, northbound, Action.APPROVE, null);
        deals.act(emma, northbound, Action.LOST, "The customer renewed with its incumbent.");
        UUID proseware = deals.register(emma, form("Proseware", "proseware.ca", "CA", "CAD", "9000", identity), true);
        deals.act(emma, proseware, Action.WITHDRAW, null);
        UUID lucerne = deals.register(
                lea, form("Lucerne Publishing", "lucernepublishing.fr", "FR", "EUR", "40000", xdr), true);
        deals.act(ingramReviewer, lucerne, Action.DISTRIBUTOR_APPROVE, null);
        deals.act(olivia, lucerne, Action.APPROVE, null);
        // Its 90 days ran out: the protection job expires it at its first run.
        jdbc.sql("UPDATE deal_registration SET approved_at = now() - interval '91 days',"
                        + " expires_at = now() - interval '1 day' WHERE id = :id")
                .param("id", lucerne)
                .update();
        return 11;
    }

    private static DealForm form(
            String customer, String website, String country, String currency, String value, UUID product) {
        return new DealForm(
                customer,
                website,
                country,
                "Ada Buyer",
                "ada.buyer@" + website.replaceFirst("^www\\.", ""),
                "IT director",
                List.of(product.toString()),
                currency,
                value,
                LocalDate.now().plusMonths(3).toString(),
                null,
                null);
    }
}
