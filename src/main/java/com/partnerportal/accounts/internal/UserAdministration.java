package com.partnerportal.accounts.internal;

import com.partnerportal.accounts.AccountChanged;
import com.partnerportal.accounts.AccountChanged.Change;
import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.AccountView;
import com.partnerportal.accounts.Accounts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What vendor admins do with accounts: find them, disable and enable them, change their role,
 * resend an activation link, read their login history. Every change is audited.
 */
@Service
@PreAuthorize("hasRole('VENDOR_ADMIN')")
public class UserAdministration {

    public static final int PAGE_SIZE = 50;

    public record Page(List<AccountView> accounts, long total) {}

    private final AccountRepository accounts;
    private final JdbcClient jdbc;
    private final SessionTermination sessions;
    private final Accounts service;
    private final LoginHistory history;
    private final ApplicationEventPublisher events;

    public UserAdministration(
            AccountRepository accounts,
            JdbcClient jdbc,
            SessionTermination sessions,
            Accounts service,
            LoginHistory history,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.service = service;
        this.history = history;
        this.events = events;
    }

    public Page search(String text, Role role, int page) {
        String filter = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        String where = " WHERE (CAST(:text AS text) IS NULL OR strpos(email, :text) > 0"
                + " OR strpos(lower(first_name || ' ' || last_name), :text) > 0)"
                + " AND (CAST(:role AS text) IS NULL OR role = :role)";
        String roleName = role == null ? null : role.name();
        long total = jdbc.sql("SELECT count(*) FROM account" + where)
                .param("text", filter)
                .param("role", roleName)
                .query(Long.class)
                .single();
        List<UUID> ids = jdbc.sql("SELECT id FROM account" + where + " ORDER BY email LIMIT :size OFFSET :offset")
                .param("text", filter)
                .param("role", roleName)
                .param("size", PAGE_SIZE)
                .param("offset", (long) page * PAGE_SIZE)
                .query(UUID.class)
                .list();
        List<AccountView> found = accounts.findAllById(ids).stream()
                .map(Account::view)
                .sorted(java.util.Comparator.comparing(AccountView::email))
                .toList();
        return new Page(found, total);
    }

    public Optional<AccountView> find(AccountId id) {
        return accounts.findById(id.value()).map(Account::view);
    }

    public List<LoginHistory.Login> loginHistory(AccountId id) {
        return history.of(id, 50);
    }

    @Transactional
    public void disable(AccountId id, String actor) {
        var account = load(id);
        refuseSelf(account, actor);
        account.disable();
        accounts.save(account);
        sessions.endSessionsOf(account.email(), null);
        events.publishEvent(
                new AccountChanged(actor, id, account.email(), Change.DISABLED, "Account disabled, sessions ended"));
    }

    @Transactional
    public void enable(AccountId id, String actor) {
        var account = load(id);
        account.enable();
        accounts.save(account);
        events.publishEvent(new AccountChanged(actor, id, account.email(), Change.ENABLED, "Account enabled"));
    }

    @Transactional
    public void changeRole(AccountId id, Role role, UUID distributorId, String actor) {
        var account = load(id);
        refuseSelf(account, actor);
        Role before = account.role();
        account.changeRole(role, distributorId);
        accounts.save(account);
        sessions.endSessionsOf(account.email(), null);
        events.publishEvent(
                new AccountChanged(actor, id, account.email(), Change.ROLE_CHANGED, "Role " + before + " → " + role));
    }

    /** Names or removes a partner administrator of the account's company (R11.1). */
    @Transactional
    public void setCompanyAdmin(AccountId id, boolean admin, String actor) {
        var account = load(id);
        if (admin) {
            account.nameCompanyAdmin();
        } else {
            account.removeCompanyAdmin();
        }
        accounts.save(account);
        events.publishEvent(new AccountChanged(
                actor,
                id,
                account.email(),
                admin ? Change.COMPANY_ADMIN_NAMED : Change.COMPANY_ADMIN_REMOVED,
                admin ? "Named partner administrator" : "No longer partner administrator"));
    }

    /** A fresh activation link for an account whose owner never chose a password; older links stop working. */
    @Transactional
    public void resendActivation(AccountId id, String actor) {
        var account = load(id);
        if (account.activated()) {
            throw new IllegalStateException("The account is already activated");
        }
        service.sendActivationLink(account, actor);
        events.publishEvent(
                new AccountChanged(actor, id, account.email(), Change.ACTIVATION_RESENT, "Activation link sent again"));
    }

    private Account load(AccountId id) {
        return accounts.findById(id.value()).orElseThrow(AccountNotFoundException::new);
    }

    /** An admin cannot lock themselves out, which also keeps at least one vendor admin. */
    private static void refuseSelf(Account account, String actor) {
        if (account.email().equals(actor)) {
            throw new SelfChangeException();
        }
    }

    public static class AccountNotFoundException extends RuntimeException {
        AccountNotFoundException() {
            super("No such account");
        }
    }

    public static class SelfChangeException extends RuntimeException {
        SelfChangeException() {
            super("Admins cannot disable or demote themselves");
        }
    }
}
