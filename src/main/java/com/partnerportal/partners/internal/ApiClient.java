package com.partnerportal.partners.internal;

import com.partnerportal.partners.DistributorId;
import com.partnerportal.shared.PortalPrincipal;
import java.util.UUID;

/** A distributor's system calling the API with one of its keys: it acts for that distributor only. */
public record ApiClient(DistributorId distributor) implements PortalPrincipal {

    @Override
    public UUID userId() {
        return null;
    }

    @Override
    public String email() {
        return "api-key:" + distributor;
    }

    @Override
    public String displayName() {
        return email();
    }

    @Override
    public UUID companyId() {
        return null;
    }

    @Override
    public UUID distributorId() {
        return distributor.value();
    }

    @Override
    public boolean isVendorAdmin() {
        return false;
    }
}
