package com.partnerportal.university.internal;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.AccountView;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.CompanyView;
import com.partnerportal.partners.Partners;
import com.partnerportal.shared.Choice;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.university.TechnicalSeatChanged;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendor admins change who holds a company's technical seats (R5.5), often from the support request
 * that asked for it: each holder is told, and every change audited (through {@link TechnicalSeatChanged}).
 */
@Service
@PreAuthorize("hasRole('VENDOR_ADMIN')")
public class SeatAdministration {

    public record Holder(TechnicalSeats.Seat seat, AccountView account) {}

    /** A company's seats as the admin page shows them: the holders and who could take a seat. */
    /** A company's seats: who holds one, and the enabled users who could be granted one (as a form offers them). */
    public record CompanySeats(CompanyView company, List<Holder> holders, List<Choice> candidates) {}

    private final TechnicalSeats seats;
    private final Partners partners;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    public SeatAdministration(
            TechnicalSeats seats, Partners partners, Accounts accounts, ApplicationEventPublisher events) {
        this.seats = seats;
        this.partners = partners;
        this.accounts = accounts;
        this.events = events;
    }

    public CompanySeats of(UUID company) {
        var view = partners.company(new CompanyId(company)).orElseThrow(NotFoundException::new);
        var companySeats = seats.seatsOf(new CompanyId(company));
        var holderAccounts = accounts.findAll(
                companySeats.stream().map(TechnicalSeats.Seat::accountId).toList());
        List<Holder> holders = companySeats.stream()
                .map(seat -> new Holder(seat, Objects.requireNonNull(holderAccounts.get(seat.accountId()))))
                .toList();
        var holderIds = holders.stream().map(holder -> holder.account().id()).toList();
        var candidates = accounts.usersOf(new CompanyId(company)).stream()
                .filter(user -> user.enabled() && !holderIds.contains(user.id()))
                .map(user -> new Choice(user.id().value().toString(), user.displayName() + " <" + user.email() + ">"))
                .toList();
        return new CompanySeats(view, holders, candidates);
    }

    /** @throws NotFoundException when the account is not of this company or holds no seat (R8.3) */
    @Transactional
    public void release(UUID company, UUID account, String reason, UUID supportRequest, String actor) {
        var user = member(company, account);
        if (!seats.release(new CompanyId(company), user.id())) {
            throw new NotFoundException();
        }
        announce(company, user, false, actor, reason, supportRequest);
    }

    /**
     * @return false when every seat of the company is taken (R5.4)
     * @throws NotFoundException when the account is not of this company (R8.3)
     */
    @Transactional
    public boolean grant(UUID company, UUID account, String reason, UUID supportRequest, String actor) {
        var user = member(company, account);
        if (seats.grant(new CompanyId(company), user.id(), actor).isEmpty()) {
            return false;
        }
        announce(company, user, true, actor, reason, supportRequest);
        return true;
    }

    /** The company's own limit, or null for its level's (R10.4); @throws IllegalArgumentException out of range */
    public void setLimit(UUID company, Integer limit, String actor) {
        partners.setTechnicalSeatLimit(new CompanyId(company), limit, actor);
    }

    /** Only a user of this company: another company's account answers 404 (R8.3). */
    private AccountView member(UUID company, UUID account) {
        return accounts.find(new AccountId(account))
                .filter(user -> company.equals(user.companyId()))
                .orElseThrow(NotFoundException::new);
    }

    private void announce(
            UUID company, AccountView user, boolean granted, String actor, String reason, UUID supportRequest) {
        events.publishEvent(new TechnicalSeatChanged(
                company,
                user.id().value(),
                user.email(),
                user.firstName(),
                user.locale(),
                granted,
                actor,
                reason == null || reason.isBlank() ? null : reason.strip(),
                supportRequest));
    }
}
