package com.partnerportal.registration.internal;

import com.partnerportal.registration.DomainRuleChanged;
import com.partnerportal.shared.RegistrableDomain;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The vendor's rules on email domains (R3.2, R3.6): every change audited. */
@Service
@PreAuthorize("hasRole('VENDOR_ADMIN')")
public class DomainRuleAdministration {

    private final DomainRules rules;
    private final ApplicationEventPublisher events;

    public DomainRuleAdministration(DomainRules rules, ApplicationEventPublisher events) {
        this.rules = rules;
        this.events = events;
    }

    public List<DomainRules.Rule> all() {
        return rules.all();
    }

    /**
     * Allows, denies or flags a domain (its host name, normalised as R3.3 says), replacing the rule
     * it had.
     *
     * @throws RegistrableDomain.InvalidDomainException when the text is no domain name
     */
    @Transactional
    public void put(String domain, DomainRules.Kind kind, String note, String actor) {
        String host = RegistrableDomain.normaliseHost(domain);
        String details = note == null || note.isBlank() ? null : note.strip();
        rules.put(host, kind, details, actor);
        events.publishEvent(new DomainRuleChanged(actor, host, kind + (details == null ? "" : ": " + details)));
    }

    /** @return whether the domain had a rule */
    @Transactional
    public boolean remove(String domain, String actor) {
        if (!rules.remove(domain)) {
            return false;
        }
        events.publishEvent(new DomainRuleChanged(actor, domain, "removed"));
        return true;
    }
}
