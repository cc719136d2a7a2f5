package partnerportal.testing;

import com.partnerportal.shared.PortalPrincipal;
import java.util.UUID;

/** Someone calling a module's service directly, as the logged-in user of a page would. */
public record Caller(String email, UUID companyId, UUID distributorId, boolean isVendorAdmin)
        implements PortalPrincipal {

    public static Caller partner(String email, UUID company) {
        return new Caller(email, company, null, false);
    }

    public static Caller reviewer(String email, UUID distributor) {
        return new Caller(email, null, distributor, false);
    }

    public static Caller vendor(String email) {
        return new Caller(email, null, null, true);
    }

    @Override
    public UUID userId() {
        return null;
    }

    @Override
    public String displayName() {
        return email;
    }
}
