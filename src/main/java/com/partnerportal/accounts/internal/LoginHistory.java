package com.partnerportal.accounts.internal;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.shared.EmailAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Each account's logins, successful or not, for vendor admins to review (ASVS 16.3). */
@Component
public class LoginHistory {

    public record Login(Instant occurredAt, boolean succeeded, String remoteAddr) {}

    private final JdbcClient jdbc;

    public LoginHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    public void on(AuthenticationSuccessEvent event) {
        record(
                event.getAuthentication().getName(),
                true,
                event.getAuthentication().getDetails());
    }

    @EventListener
    public void on(AbstractAuthenticationFailureEvent event) {
        record(
                String.valueOf(event.getAuthentication().getName()),
                false,
                event.getAuthentication().getDetails());
    }

    public List<Login> of(AccountId account, int limit) {
        return jdbc.sql("SELECT occurred_at, succeeded, remote_addr FROM account_login WHERE account_id = :id"
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit")
                .param("id", account.value())
                .param("limit", limit)
                .query((row, n) -> new Login(
                        row.getTimestamp("occurred_at").toInstant(),
                        row.getBoolean("succeeded"),
                        row.getString("remote_addr")))
                .list();
    }

    private void record(String username, boolean succeeded, Object details) {
        String email;
        try {
            email = EmailAddress.parse(username).value();
        } catch (IllegalArgumentException notAnAddress) {
            return;
        }
        String remoteAddr = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        jdbc.sql("INSERT INTO account_login (account_id, succeeded, remote_addr, occurred_at)"
                        + " SELECT id, :succeeded, :addr, :at FROM account WHERE email = :email")
                .param("succeeded", succeeded)
                .param("addr", remoteAddr)
                .param("at", Timestamp.from(Instant.now()))
                .param("email", email)
                .update();
    }
}
