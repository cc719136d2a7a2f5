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

    public AccountUserDetailsService(AccountRepository accounts, Accounts service) {
        this.accounts = accounts;
        this.service = service;
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
        return accounts.findByEmail(email)
                .filter(account -> account.enabled() && account.activated())
                .map(PortalUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        service.upgradePasswordHash(user.getUsername(), newPassword);
        return loadUserByUsername(user.getUsername());
    }
}
