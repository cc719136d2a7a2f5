package com.partnerportal.registration;

import com.partnerportal.registration.internal.EmailPolicy;
import com.partnerportal.shared.EmailAddress;
import org.springframework.stereotype.Component;

/**
 * Whether an address is at a free or disposable mail provider (R3.2, with the vendor's allow
 * rules first), for the modules that must not take its domain for a company's: a deal's contact
 * at gmail.com names no customer (R9.2).
 */
@Component
public class MailProviders {

    private final EmailPolicy policy;

    MailProviders(EmailPolicy policy) {
        this.policy = policy;
    }

    public boolean hosts(EmailAddress address) {
        return switch (policy.judge(address)) {
            case FREE_PROVIDER, DISPOSABLE -> true;
            case BUSINESS, DENIED, FLAGGED -> false;
        };
    }
}
