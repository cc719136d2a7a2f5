package com.partnerportal.accounts;

import com.partnerportal.accounts.internal.Account;
import com.partnerportal.accounts.internal.AccountRepository;
import com.partnerportal.accounts.internal.AccountsProperties;
import com.partnerportal.accounts.internal.CredentialTokens;
import com.partnerportal.accounts.internal.CredentialTokens.Purpose;
import com.partnerportal.accounts.internal.IdentityProviderStore;
import com.partnerportal.accounts.internal.PasswordPolicy;
import com.partnerportal.accounts.internal.Role;
import com.partnerportal.accounts.internal.SessionTermination;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.CompanyView;
import com.partnerportal.partners.Partners;
import com.partnerportal.shared.EmailAddress;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.shared.PortalProperties;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/** The accounts module's API: opening accounts and managing their credentials. */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final CredentialTokens tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final AccountsProperties properties;
    private final PortalProperties portal;
    private final Partners partners;
    private final SessionTermination sessions;
    private final IdentityProviderStore identityProviders;

    public Accounts(
            AccountRepository accounts,
            CredentialTokens tokens,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            AccountsProperties properties,
            PortalProperties portal,
            Partners partners,
            SessionTermination sessions,
            IdentityProviderStore identityProviders) {
        this.identityProviders = identityProviders;
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.properties = properties;
        this.portal = portal;
        this.partners = partners;
        this.sessions = sessions;
    }

    /**
     * Opens an account without a password and sends its owner the single-use link to choose one
     * (R3.7: a password is never sent by email).
     */
    @Transactional
    public AccountId invite(NewAccount request, String invitedBy) {
        var account = accounts.save(Account.open(request, normalise(request.email())));
        nameFirstCompanyAdmin(account);
        sendActivationLink(account, invitedBy);
        return account.id();
    }

    /**
     * The first partner user of a company becomes its partner administrator (R11.1): decided under a
     * lock per company, so that two approvals at once name one.
     */
    private void nameFirstCompanyAdmin(Account account) {
        if (account.role() == Role.PARTNER_USER) {
            accounts.lockCompanyAdministrators(account.companyId());
            accounts.nameFirstCompanyAdmin(account.id().value(), account.companyId());
        }
    }

    /**
     * The first sign-on of an address at a company's identity provider opens its account in that
     * company as a partner user (R11.2), audited, and the company's partner administrators are told.
     */
    @Transactional
    public Account openSignedOn(NewAccount request, String issuer) {
        var account = accounts.save(Account.openSignedOn(request, normalise(request.email())));
        nameFirstCompanyAdmin(account);
        var administrators = accounts.findByCompanyId(account.companyId()).stream()
                .filter(Account::companyAdmin)
                .filter(Account::enabled)
                .filter(admin -> !admin.id().equals(account.id()))
                .map(admin ->
                        new AccountSignedOn.Administrator(admin.email(), admin.firstName(), Locale.of(admin.locale())))
                .toList();
        events.publishEvent(new AccountSignedOn(
                account.id(), account.email(), account.view().displayName(), issuer, administrators));
        return account;
    }

    /** An existing account signed on at its company's identity provider: an invited one is active from now. */
    @Transactional
    public Account signedOn(Account account) {
        account.signedOn();
        return accounts.save(account);
    }

    // A partner administrator's colleagues (R11.1): the caller's rights are checked here, first.

    /** @throws NotFoundException unless the caller is an enabled partner administrator */
    public CompanyId companyAdministeredBy(PortalPrincipal caller) {
        return administrator(caller)
                .map(admin -> new CompanyId(admin.companyId()))
                .orElseThrow(NotFoundException::new);
    }

    /** Invites a colleague into the administrator's company; the company's domain rules are the caller's to check. */
    @Transactional
    public AccountId inviteColleague(PortalPrincipal caller, NewAccount colleague) {
        var company = companyAdministeredBy(caller);
        if (colleague.role() != Role.PARTNER_USER || !company.value().equals(colleague.companyId())) {
            throw new NotFoundException();
        }
        return invite(colleague, caller.email());
    }

    /** Disables a colleague: their sessions end at once; a seat they hold stays until the vendor releases it (R5.5). */
    @Transactional
    public void disableColleague(PortalPrincipal caller, AccountId colleague) {
        var account = colleague(caller, colleague);
        account.disable();
        accounts.save(account);
        sessions.endSessionsOf(account.email(), null);
        events.publishEvent(new AccountChanged(
                caller.email(),
                colleague,
                account.email(),
                AccountChanged.Change.DISABLED,
                "Disabled by their partner administrator, sessions ended"));
    }

    @Transactional
    public void enableColleague(PortalPrincipal caller, AccountId colleague) {
        var account = colleague(caller, colleague);
        account.enable();
        accounts.save(account);
        events.publishEvent(new AccountChanged(
                caller.email(),
                colleague,
                account.email(),
                AccountChanged.Change.ENABLED,
                "Enabled by their partner administrator"));
    }

    /** Another partner user of the administrator's company; anyone else does not exist for them (404). */
    private Account colleague(PortalPrincipal caller, AccountId id) {
        var company = companyAdministeredBy(caller);
        return accounts.findById(id.value())
                .filter(account -> account.role() == Role.PARTNER_USER)
                .filter(account -> company.value().equals(account.companyId()))
                .filter(account -> !account.email().equals(caller.email()))
                .orElseThrow(NotFoundException::new);
    }

    private Optional<Account> administrator(PortalPrincipal caller) {
        if (caller == null || caller.userId() == null || caller.companyId() == null) {
            return Optional.empty();
        }
        return accounts.findById(caller.userId())
                .filter(Account::enabled)
                .filter(Account::companyAdmin)
                .filter(account -> account.role() == Role.PARTNER_USER);
    }

    /** A new single-use activation link by email; earlier ones stop working. */
    public void sendActivationLink(Account account, String sentBy) {
        tokens.revokeAll(account.id(), Purpose.ACTIVATION);
        var link = tokens.issue(account.id(), Purpose.ACTIVATION, properties.activationLinkValidity());
        events.publishEvent(new AccountInvited(
                account.id(),
                account.email(),
                account.firstName(),
                account.role(),
                Locale.of(account.locale()),
                linkTo("/account/activate", link.value()),
                link.expiresAt(),
                sentBy));
    }

    /**
     * Opens an account that already has a password. Only for seeding demo data in development: the
     * production flow is {@link #invite}.
     */
    @Transactional
    public AccountId openWithPassword(NewAccount request, String password) {
        var account = Account.open(request, normalise(request.email()));
        checkPolicy(password, account);
        account.activate(encoder.encode(password));
        var saved = accounts.save(account);
        nameFirstCompanyAdmin(saved);
        return saved.id();
    }

    public Optional<AccountView> find(AccountId id) {
        return accounts.findById(id.value()).map(Account::view);
    }

    /** These accounts in one query, by id (those that no longer exist are absent). */
    public Map<AccountId, AccountView> findAll(Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(ids.stream().map(AccountId::value).toList()).stream()
                .map(Account::view)
                .collect(Collectors.toMap(AccountView::id, Function.identity()));
    }

    public Optional<AccountView> findByEmail(String email) {
        try {
            return accounts.findByEmail(normalise(email)).map(Account::view);
        } catch (EmailAddress.InvalidEmailAddressException e) {
            return Optional.empty();
        }
    }

    /** Whether an approved (enabled) user of this company exists: what makes it a known company (R3.5a). */
    public boolean hasApprovedUsers(CompanyId company) {
        return accounts.existsByCompanyIdAndEnabledTrue(company.value());
    }

    /** The accounts of a company, by name. */
    public java.util.List<AccountView> usersOf(CompanyId company) {
        return accounts.findByCompanyId(company.value()).stream()
                .map(Account::view)
                .sorted(java.util.Comparator.comparing(AccountView::displayName))
                .toList();
    }

    public boolean exists(String email) {
        try {
            return accounts.existsByEmail(normalise(email));
        } catch (EmailAddress.InvalidEmailAddressException e) {
            return false;
        }
    }

    public boolean anyVendorAdmin() {
        return accounts.anyVendorAdmin();
    }

    /** The account a still-valid activation link belongs to, to greet its owner on the form. */
    public Optional<AccountView> whoseActivationLink(String token) {
        return tokens.peek(token, Purpose.ACTIVATION).flatMap(this::find);
    }

    public Optional<AccountView> whoseResetLink(String token) {
        return tokens.peek(token, Purpose.PASSWORD_RESET).flatMap(this::find);
    }

    /** Spends the activation link and sets the first password, or changes nothing. */
    @Transactional
    public void activate(String token, String password) {
        var account = spend(token, Purpose.ACTIVATION);
        checkPolicy(password, account);
        if (account.activated()) {
            account.changePassword(encoder.encode(password));
        } else {
            account.activate(encoder.encode(password));
        }
        accounts.save(account);
        sessions.endSessionsOf(account.email(), null);
        events.publishEvent(passwordChanged(account, PasswordChanged.How.ACTIVATION));
    }

    /**
     * Sends a reset link if the address has an enabled account; says nothing either way, so that
     * the answer does not tell who has an account (R4.3).
     */
    @Transactional
    public void requestPasswordReset(String email, Locale pageLocale) {
        Optional<Account> found;
        try {
            found = accounts.findByEmail(normalise(email));
        } catch (EmailAddress.InvalidEmailAddressException e) {
            found = Optional.empty();
        }
        found.filter(Account::enabled).ifPresent(account -> {
            if (!identityProviders.passwordsAllowed(account.companyId())) {
                // The page answers the same either way (R4.3); only the email differs (R11.2).
                events.publishEvent(new PasswordResetForSignOn(
                        account.id(),
                        account.email(),
                        account.firstName(),
                        Locale.of(account.locale()),
                        portal.link("/login")));
                return;
            }
            tokens.revokeAll(account.id(), Purpose.PASSWORD_RESET);
            var link = tokens.issue(account.id(), Purpose.PASSWORD_RESET, properties.resetLinkValidity());
            events.publishEvent(new PasswordResetRequested(
                    account.id(),
                    account.email(),
                    account.firstName(),
                    Locale.of(account.locale()),
                    linkTo("/account/reset/confirm", link.value()),
                    link.expiresAt()));
        });
    }

    @Transactional
    public void resetPassword(String token, String password) {
        var account = spend(token, Purpose.PASSWORD_RESET);
        checkPolicy(password, account);
        account.changePassword(encoder.encode(password));
        accounts.save(account);
        tokens.revokeAll(account.id(), Purpose.PASSWORD_RESET);
        sessions.endSessionsOf(account.email(), null);
        events.publishEvent(passwordChanged(account, PasswordChanged.How.RESET));
    }

    /**
     * Changes a logged-in user's password after checking the current one (re-authentication); the
     * user's other sessions end, the one they use stays.
     */
    @Transactional
    public void changePassword(AccountId id, String currentPassword, String newPassword, String currentSessionId) {
        var account = accounts.findById(id.value()).filter(Account::enabled).orElseThrow(InvalidLinkException::new);
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            throw new WrongCurrentPasswordException();
        }
        checkPolicy(newPassword, account);
        account.changePassword(encoder.encode(newPassword));
        accounts.save(account);
        sessions.endSessionsOf(account.email(), currentSessionId);
        events.publishEvent(passwordChanged(account, PasswordChanged.How.CHANGE));
    }

    /** Re-hashes a password at login when the hashing parameters were raised. */
    @Transactional
    public void upgradePasswordHash(String email, String newHash) {
        accounts.findByEmail(email).ifPresent(account -> {
            account.changePassword(newHash);
            accounts.save(account);
        });
    }

    public int minimumPasswordLength() {
        return policy.minimumLength();
    }

    private Account spend(String token, Purpose purpose) {
        return tokens.spend(token, purpose)
                .flatMap(id -> accounts.findById(id.value()))
                .filter(Account::enabled)
                .orElseThrow(InvalidLinkException::new);
    }

    private void checkPolicy(String password, Account account) {
        String companyName = account.companyId() == null
                ? null
                : partners.company(new CompanyId(account.companyId()))
                        .map(CompanyView::name)
                        .orElse(null);
        policy.check(password, new PasswordPolicy.Context(account.email(), companyName))
                .ifPresent(refusal -> {
                    throw new PasswordRefusedException(refusal);
                });
    }

    private static PasswordChanged passwordChanged(Account account, PasswordChanged.How how) {
        return new PasswordChanged(
                account.id(), account.email(), account.firstName(), Locale.of(account.locale()), how);
    }

    private String linkTo(String path, String token) {
        return portal.link(UriComponentsBuilder.fromPath(path)
                .queryParam("token", token)
                .build()
                .toUriString());
    }

    private static String normalise(String email) {
        return EmailAddress.parse(email).value();
    }

    /** The link is unknown, expired, already used, or its account is disabled. */
    public static class InvalidLinkException extends RuntimeException {
        InvalidLinkException() {
            super("The link is invalid, expired or already used");
        }
    }

    /** The current password given to change it is wrong; nothing was changed. */
    public static class WrongCurrentPasswordException extends RuntimeException {
        WrongCurrentPasswordException() {
            super("The current password is wrong");
        }
    }

    /** The password breaks the policy; nothing was changed. */
    public static class PasswordRefusedException extends RuntimeException {
        public final PasswordPolicy.Refusal refusal;

        PasswordRefusedException(PasswordPolicy.Refusal refusal) {
            super("Password refused: " + refusal);
            this.refusal = refusal;
        }
    }
}
