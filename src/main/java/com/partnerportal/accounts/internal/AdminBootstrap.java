package com.partnerportal.accounts.internal;

import com.partnerportal.accounts.Accounts;
import com.partnerportal.accounts.NewAccount;
import com.partnerportal.shared.Locales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * A production portal starts with no users and no default password: the first vendor admin is
 * invited by email from {@code PORTAL_BOOTSTRAP_ADMIN_EMAIL} and chooses a password from the link.
 */
@Component
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final AccountsProperties properties;

    public AdminBootstrap(Accounts accounts, AccountsProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = properties.bootstrapAdminEmail();
        if (email == null || email.isBlank() || accounts.anyVendorAdmin()) {
            return;
        }
        try {
            accounts.invite(NewAccount.vendorAdmin(email, "", "", Locales.ENGLISH), "system");
            log.info("No vendor admin existed: invited {} by email to choose a password", email);
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            log.info("The first vendor admin was invited by another instance");
        }
    }
}
