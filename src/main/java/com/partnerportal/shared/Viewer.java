package com.partnerportal.shared;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is looking at a page, as its menus need it. Worked out once per page: one security expression
 * per menu item was parsed and evaluated anew on every render.
 */
public record Viewer(boolean authenticated, boolean vendorAdmin, boolean distributorReviewer, boolean companyAdmin) {

    /** The authority of a partner administrator (R11.1), given at login; their rights are checked again in the service. */
    public static final String COMPANY_ADMIN = "ROLE_COMPANY_ADMIN";

    static final Viewer ANONYMOUS = new Viewer(false, false, false, false);

    static Viewer of(Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        boolean vendorAdmin = false;
        boolean distributorReviewer = false;
        boolean companyAdmin = false;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            vendorAdmin |= "ROLE_VENDOR_ADMIN".equals(authority.getAuthority());
            distributorReviewer |= "ROLE_DISTRIBUTOR_REVIEWER".equals(authority.getAuthority());
            companyAdmin |= COMPANY_ADMIN.equals(authority.getAuthority());
        }
        return new Viewer(true, vendorAdmin, distributorReviewer, companyAdmin);
    }

    public boolean reviewer() {
        return vendorAdmin || distributorReviewer;
    }

    /** A partner company's user: the one with a Programme page (R10.2). */
    public boolean partner() {
        return authenticated && !reviewer();
    }
}
