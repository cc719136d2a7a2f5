package com.partnerportal.programme.web;

import com.partnerportal.partners.CompanyId;
import com.partnerportal.programme.Programme;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The level of companies on pages of other modules (the vendor's company page, the distributor's
 * partner list, R10.2), {@code ${@companyLevels.of(ids, #locale)}}: those modules come before the
 * programme, so their pages ask here rather than their controllers.
 */
@Component("companyLevels")
public class CompanyLevels {

    private final Programme programme;

    CompanyLevels(Programme programme) {
        this.programme = programme;
    }

    /** Company id → level name, for those that have one. */
    public Map<UUID, String> of(Collection<CompanyId> companies, Locale language) {
        return programme.levelNames(companies, language);
    }

    public String of(CompanyId company, Locale language) {
        return of(List.of(company), language).get(company.value());
    }
}
