package com.partnerportal.mycompany.internal;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.CompanyView;
import com.partnerportal.partners.Partners;
import com.partnerportal.registration.MailProviders;
import com.partnerportal.shared.EmailAddress;
import com.partnerportal.shared.FormRefusedException;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.shared.RegistrableDomain;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner administrator's company (R11.1). Every method starts by finding the company the caller
 * administers; anyone else — another company's user, a user who is not an administrator, a
 * distributor or the vendor — is told it does not exist (404).
 */
@Service
public class MyCompany {

    /** The page: the company, its users, its deals by status and its level. */
    public record Overview(
            CompanyView company,
            List<CompanyOverview.Colleague> colleagues,
            long seatsHeld,
            List<CompanyOverview.DealCount> deals,
            CompanyOverview.LevelNames level) {}

    private final Accounts accounts;
    private final Partners partners;
    private final MailProviders mailProviders;
    private final CompanyOverview overview;

    MyCompany(Accounts accounts, Partners partners, MailProviders mailProviders, CompanyOverview overview) {
        this.accounts = accounts;
        this.partners = partners;
        this.mailProviders = mailProviders;
        this.overview = overview;
    }

    /** @throws NotFoundException unless the caller is an enabled partner administrator */
    public Overview overview(PortalPrincipal caller) {
        var company = company(caller);
        var colleagues = overview.colleagues(company.id());
        return new Overview(
                company,
                colleagues,
                colleagues.stream().filter(c -> c.seatNumber() != null).count(),
                overview.deals(company.id()),
                overview.level(company.id()));
    }

    /**
     * Invites a colleague: an address at one of the company's own domains, never at a free or
     * disposable mail provider (R3.2), not yet known; the invitation is the access-granted email
     * with its link to choose a password (R3.7).
     *
     * @throws FormRefusedException naming the field and why
     */
    @Transactional
    public AccountId invite(PortalPrincipal caller, ColleagueForm form) {
        var company = company(caller);
        EmailAddress address;
        try {
            address = EmailAddress.parse(form.email());
        } catch (EmailAddress.InvalidEmailAddressException e) {
            throw new FormRefusedException(Map.of("email", "company.invite.emailInvalid"));
        }
        if (mailProviders.hosts(address)) {
            throw new FormRefusedException(Map.of("email", "company.invite.mailProvider"));
        }
        if (!atCompanyDomain(address, company)) {
            throw new FormRefusedException(Map.of("email", "company.invite.otherDomain"));
        }
        if (accounts.exists(address.value())) {
            throw new FormRefusedException(Map.of("email", "company.invite.known"));
        }
        return accounts.inviteColleague(
                caller,
                NewAccount.partnerUser(
                        address.value(),
                        form.firstName(),
                        form.lastName(),
                        company.id().value(),
                        Locale.of(form.language())));
    }

    public void disable(PortalPrincipal caller, UUID colleague) {
        accounts.disableColleague(caller, new AccountId(colleague));
    }

    public void enable(PortalPrincipal caller, UUID colleague) {
        accounts.enableColleague(caller, new AccountId(colleague));
    }

    private CompanyView company(PortalPrincipal caller) {
        CompanyId id = accounts.companyAdministeredBy(caller);
        return partners.company(id).orElseThrow(NotFoundException::new);
    }

    private static boolean atCompanyDomain(EmailAddress address, CompanyView company) {
        String domain;
        try {
            domain = RegistrableDomain.of(address).value();
        } catch (RegistrableDomain.InvalidDomainException e) {
            return false;
        }
        return company.domains().contains(domain);
    }
}
