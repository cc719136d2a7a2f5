package com.partnerportal.accounts.internal;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.shared.EmailAddress;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for form login, and stores a stronger hash when the parameters were raised. */
@Component
public class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;
    private final Accounts service;
    private final IdentityProviderStore providers;

    public AccountUserDetailsService(AccountRepository accounts, Accounts service, IdentityProviderStore providers) {
        this.accounts = accounts;
        this.service = service;
        this.providers = providers;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String email;
        try {
            email = EmailAddress.parse(username).value();
        } catch (EmailAddress.InvalidEmailAddressException e) {
            throw new UsernameNotFoundException("No such account");
        }
        // A disabled or not yet activated account fails exactly like an unknown address: same
        // message, and the same dummy hash is computed, so timing tells nothing either (R4.3).
        // A company that switched passwords off (R11.2) leaves its users no password that can match.
        return accounts.findByEmail(email)
                .filter(account -> account.enabled() && account.activated())
                .map(account -> new PortalUser(account, providers.passwordsAllowed(account.companyId())))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        service.upgradePasswordHash(user.getUsername(), newPassword);
        return loadUserByUsername(user.getUsername());
    }
}
