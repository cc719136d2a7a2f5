package com.partnerportal.university.internal;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.university.TechnicalSeatGranted;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Technical seats (R5.2–R5.4): per company, only the first {@code limit} users to launch the
 * University get one, kept from then on. The claim locks the company's row, so claims of one company
 * queue behind each other on every instance, then numbers the seat in SQL; the primary key
 * (company, seat number) and the unique holder are the backstop. Nothing counts in Java.
 */
@Service
public class TechnicalSeats {

    /** What a launch did. */
    public record Launch(boolean first, boolean holdsSeat) {}

    /** Where a user stands in the University. */
    public record Standing(boolean launched, boolean holdsSeat) {}

    /** One held seat. */
    public record Seat(int number, AccountId accountId, java.time.Instant grantedAt, String grantedBy) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public TechnicalSeats(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A user opens the University; at their first launch they claim a seat if one is free. */
    @Transactional
    public Launch launch(AccountId account, CompanyId company) {
        UUID accountId = account.value();
        UUID companyId = company.value();
        boolean first = jdbc.sql("INSERT INTO university_launch (account_id) VALUES (:account) ON CONFLICT DO NOTHING")
                        .param("account", accountId)
                        .update()
                == 1;
        if (first) {
            claim(companyId, accountId, "first launch")
                    .ifPresent(seat ->
                            events.publishEvent(new TechnicalSeatGranted(companyId, accountId, seat, "first launch")));
        }
        return new Launch(first, holds(account));
    }

    public boolean holds(AccountId account) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM technical_seat WHERE account_id = :account)")
                .param("account", account.value())
                .query(Boolean.class)
                .single();
    }

    /** Whether the user has launched the University, and holds a technical seat (R5.2, R5.3). */
    public Standing standing(AccountId account) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM university_launch WHERE account_id = :account) AS launched,"
                        + " EXISTS (SELECT 1 FROM technical_seat WHERE account_id = :account) AS holds_seat")
                .param("account", account.value())
                .query((row, n) -> new Standing(row.getBoolean("launched"), row.getBoolean("holds_seat")))
                .single();
    }

    /** The seat holders of a company, in seat order. */
    public List<AccountId> holders(CompanyId company) {
        return jdbc
                .sql("SELECT account_id FROM technical_seat WHERE company_id = :company ORDER BY seat_no")
                .param("company", company.value())
                .query(UUID.class)
                .list()
                .stream()
                .map(AccountId::new)
                .toList();
    }

    public List<Seat> seatsOf(CompanyId company) {
        return jdbc.sql("SELECT * FROM technical_seat WHERE company_id = :company ORDER BY seat_no")
                .param("company", company.value())
                .query((row, n) -> new Seat(
                        row.getInt("seat_no"),
                        new AccountId(row.getObject("account_id", UUID.class)),
                        row.getTimestamp("granted_at").toInstant(),
                        row.getString("granted_by")))
                .list();
    }

    /** Frees a holder's seat (R5.5). Nobody gets it automatically: the next first launch or a grant does. */
    @Transactional
    public boolean release(CompanyId company, AccountId account) {
        return jdbc.sql("DELETE FROM technical_seat WHERE company_id = :company AND account_id = :account")
                        .param("company", company.value())
                        .param("account", account.value())
                        .update()
                == 1;
    }

    /**
     * Gives a free seat of the company to one of its users (R5.5), under the same lock as a launch.
     *
     * @return the seat number, or empty when every seat is taken or the user already holds one
     */
    @Transactional
    public Optional<Integer> grant(CompanyId company, AccountId account, String actor) {
        return claim(company.value(), account.value(), actor);
    }

    private Optional<Integer> claim(UUID companyId, UUID accountId, String by) {
        // Serialises the claims of one company across instances, and with a change of its limit (R10.4:
        // the level's benefits are written to this row); a fresh statement then sees every seat and the
        // limit committed before the lock was granted. Below a lowered limit, holders above it keep
        // their seats and nobody gets one until the company holds fewer than the limit.
        jdbc.sql("SELECT 1 FROM company WHERE id = :company FOR UPDATE")
                .param("company", companyId)
                .query()
                .singleRow();
        return jdbc.sql("""
                        INSERT INTO technical_seat (company_id, seat_no, account_id, granted_by, limit_at_grant)
                        SELECT c.id, n, :account, :by, c.technical_seat_limit
                        FROM company c, generate_series(1, c.technical_seat_limit) n
                        WHERE c.id = :company
                          AND (SELECT count(*) FROM technical_seat s WHERE s.company_id = c.id) < c.technical_seat_limit
                          AND NOT EXISTS (SELECT 1 FROM technical_seat s WHERE s.company_id = c.id AND s.seat_no = n)
                        ORDER BY n
                        LIMIT 1
                        ON CONFLICT (account_id) DO NOTHING
                        RETURNING seat_no
                        """)
                .param("company", companyId)
                .param("account", accountId)
                .param("by", by)
                .query(Integer.class)
                .optional();
    }
}
