package com.partnerportal.webhooks.internal;

import com.partnerportal.partners.DistributorId;

/**
 * Whose endpoints: a distributor's (its id and name, as the console shows them), or the vendor's own
 * ({@code id} null). A distributor's endpoints hear only of its own requests and partners (R8.3); the
 * vendor's hear of everything.
 */
public record Owner(DistributorId id, String name) {

    public static final Owner VENDOR = new Owner(null, null);

    public boolean vendor() {
        return id == null;
    }

    /** The page of the owner's endpoints, for links in emails and redirects. */
    public String pagePath() {
        return vendor() ? "/admin/webhooks" : "/distributor/" + id.value() + "/webhooks";
    }
}
