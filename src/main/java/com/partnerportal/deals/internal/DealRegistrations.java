package com.partnerportal.deals.internal;

import com.partnerportal.partners.Partners;
import com.partnerportal.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deal registrations through their review (R9.1, R9.3–R9.5). Every transition locks the
 * registration's row, applies the aggregate's verb and records it in the history; an approval also
 * claims the customer for each product, which PostgreSQL makes exclusive (R9.4).
 */
@Service
public class DealRegistrations {

    private final DealStore store;
    private final Partners partners;
    private final Clock clock;

    public DealRegistrations(DealStore store, Partners partners) {
        this.store = store;
        this.partners = partners;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public UUID saveDraft(DealRegistration draft) {
        store.insert(draft);
        return draft.id();
    }

    @Transactional
    public DealRegistration submit(UUID id, String actor) {
        return move(id, actor, null, deal -> deal.submit(clock.instant()));
    }

    @Transactional
    public DealRegistration distributorApproves(UUID id, String actor, String reason) {
        return move(id, actor, reason, DealRegistration::distributorApproves);
    }

    /**
     * The vendor's approval (R9.4): refused with {@link DealExclusivityException} when another
     * approved registration holds the customer for one of the products; the claims of a refused
     * approval roll back with it.
     */
    @Transactional
    public DealRegistration approve(UUID id, String actor, String reason) {
        var approved = move(id, actor, reason, deal -> deal.approve(clock.instant(), protectionOf(deal)));
        var held = store.claim(approved);
        if (!held.isEmpty()) {
            throw new DealExclusivityException(
                    store.holder(approved.customer().key(), held).orElseThrow(), held);
        }
        return approved;
    }

    /** R9.5: as long as the registrant company's programme level protects its deals (R10.1). */
    private Duration protectionOf(DealRegistration deal) {
        return Duration.ofDays(partners.company(deal.companyId())
                .orElseThrow(NotFoundException::new)
                .dealProtectionDays());
    }

    /**
     * The vendor's rule approves (R9.3) in a savepoint of the caller's transaction: when another
     * approval holds the customer, {@link DealExclusivityException} rolls back this approval alone
     * and the caller's work stands.
     */
    @Transactional(propagation = Propagation.NESTED)
    public DealRegistration approveByRule(UUID id, String rule) {
        return approve(id, rule, null);
    }

    /** The registrant's changes to a draft or to one sent back (R9.3), written with a line of history. */
    @Transactional
    public DealRegistration revise(UUID id, String actor, UnaryOperator<DealRegistration> change) {
        var deal = store.lock(id).orElseThrow(NotFoundException::new);
        var revised = change.apply(deal);
        store.revised(revised, actor);
        return revised;
    }

    @Transactional
    public DealRegistration reject(UUID id, String actor, String reason) {
        return move(id, actor, reason, DealRegistration::reject);
    }

    @Transactional
    public DealRegistration requestInformation(UUID id, String actor, String reason) {
        return move(id, actor, reason, DealRegistration::requestInformation);
    }

    @Transactional
    public DealRegistration withdraw(UUID id, String actor) {
        return move(id, actor, null, DealRegistration::withdraw);
    }

    @Transactional
    public DealRegistration won(UUID id, String actor, DealRegistration.Won outcome) {
        return move(id, actor, null, deal -> deal.won(outcome));
    }

    @Transactional
    public DealRegistration lost(UUID id, String actor, String reason) {
        return move(id, actor, reason, DealRegistration::lost);
    }

    public DealRegistration find(UUID id) {
        return store.find(id).orElseThrow(NotFoundException::new);
    }

    private DealRegistration move(UUID id, String actor, String reason, UnaryOperator<DealRegistration> verb) {
        var deal = store.lock(id).orElseThrow(NotFoundException::new);
        var next = verb.apply(deal);
        store.moved(deal, next, actor, reason);
        if (deal.claims() && !next.claims()) {
            store.release(id);
        }
        return next;
    }
}
