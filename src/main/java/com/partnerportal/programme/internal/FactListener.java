package com.partnerportal.programme.internal;

import com.partnerportal.accounts.AccountChanged;
import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.deals.DealChanged;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.university.CertificationEarned;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R10.2: a fact a level depends on changed, so the company's level is recomputed at once, in the
 * same transaction as the change: a certificate earned, a deal won, a user disabled or enabled.
 * (Criteria edits start a vendor-wide run instead, see {@link ProgrammeAdministration}.)
 */
@Component
class FactListener {

    private final LevelComputation computation;
    private final Accounts accounts;
    private final JdbcClient jdbc;

    FactListener(LevelComputation computation, Accounts accounts, JdbcClient jdbc) {
        this.computation = computation;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CertificationEarned earned) {
        recomputeCompanyOf(new AccountId(earned.accountId()));
    }

    @EventListener
    void on(AccountChanged changed) {
        if (changed.change() == AccountChanged.Change.DISABLED || changed.change() == AccountChanged.Change.ENABLED) {
            recomputeCompanyOf(changed.accountId());
        }
    }

    @EventListener
    void on(DealChanged changed) {
        if (!"WON".equals(changed.status())) {
            return;
        }
        jdbc.sql("SELECT company_id FROM deal_registration WHERE id = :id")
                .param("id", changed.dealId())
                .query(UUID.class)
                .optional()
                .ifPresent(company -> computation.recompute(List.of(new CompanyId(company)), "programme"));
    }

    private void recomputeCompanyOf(AccountId account) {
        accounts.find(account)
                .filter(user -> user.companyId() != null)
                .ifPresent(user -> computation.recompute(List.of(new CompanyId(user.companyId())), "programme"));
    }
}
