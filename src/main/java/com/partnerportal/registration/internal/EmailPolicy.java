package com.partnerportal.registration.internal;

import com.partnerportal.shared.EmailAddress;
import com.partnerportal.shared.RegistrableDomain;
import com.partnerportal.shared.WordList;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which addresses may request access (R3.2): not at a free mail provider (the 14,000 domains of
 * the free-email-domains list) nor a disposable one (the 121,000 of disposable-email-domains, with
 * its wildcards), checked on the address's domain and on its registrable domain. The vendor's rules
 * come first: allow (a provider the lists wrongly name), deny, or flag for vendor review.
 */
@Component
public class EmailPolicy {

    public enum Verdict {
        BUSINESS,
        FREE_PROVIDER,
        DISPOSABLE,
        DENIED,
        FLAGGED
    }

    private final Set<String> free = WordList.load("data/email-domains/free.txt");
    private final Set<String> disposable = WordList.load("data/email-domains/disposable.txt");
    private final Set<String> disposableWildcards = WordList.load("data/email-domains/disposable-wildcards.txt");
    private final DomainRules rules;

    public EmailPolicy(DomainRules rules) {
        this.rules = rules;
    }

    public Verdict judge(EmailAddress address) {
        String host = address.domain();
        String registrable = RegistrableDomain.of(address).value();
        Optional<DomainRules.Kind> rule = rules.ruleFor(host).or(() -> rules.ruleFor(registrable));
        if (rule.isPresent()) {
            return switch (rule.get()) {
                case ALLOW -> Verdict.BUSINESS;
                case DENY -> Verdict.DENIED;
                case FLAG -> Verdict.FLAGGED;
            };
        }
        if (disposable.contains(host) || disposable.contains(registrable) || underWildcard(host)) {
            return Verdict.DISPOSABLE;
        }
        if (free.contains(host) || free.contains(registrable)) {
            return Verdict.FREE_PROVIDER;
        }
        return Verdict.BUSINESS;
    }

    private boolean underWildcard(String host) {
        for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
            if (disposableWildcards.contains(host.substring(dot + 1))) {
                return true;
            }
        }
        return disposableWildcards.contains(host);
    }
}
