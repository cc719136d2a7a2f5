package com.partnerportal.university.internal;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import com.partnerportal.university.CertificationEarned;
import com.partnerportal.university.Track;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The certificates learners hold (R5.6): completing the last course of a certification issues its
 * certificate, once, and a technical one only to a seat holder; anyone can check one by its code.
 */
@Service
public class Certificates {

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Certificate(
            UUID id,
            String code,
            String titleEn,
            String titleFr,
            Track track,
            String holderName,
            String companyName,
            Instant issuedAt) {

        public String title(java.util.Locale locale) {
            return "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
        }
    }

    private final JdbcClient jdbc;
    private final TechnicalSeats seats;
    private final Accounts accounts;
    private final Partners partners;
    private final ApplicationEventPublisher events;

    public Certificates(
            JdbcClient jdbc,
            TechnicalSeats seats,
            Accounts accounts,
            Partners partners,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.seats = seats;
        this.accounts = accounts;
        this.partners = partners;
        this.events = events;
    }

    private record Earned(UUID id, Track track, String titleEn, String titleFr) {}

    /** Issues every certification the course completed, as the caller's transaction completes it. */
    public void awardFor(UUID accountId, UUID courseId) {
        var earned = jdbc.sql("""
                SELECT c.id, c.track, c.title_en, c.title_fr FROM certification c
                  JOIN certification_course cc ON cc.certification_id = c.id AND cc.course_id = :course
                 WHERE c.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM certification_course other
                         WHERE other.certification_id = c.id AND NOT EXISTS (SELECT 1 FROM enrolment e
                               WHERE e.course_id = other.course_id AND e.account_id = :a
                                 AND e.completed_at IS NOT NULL))
                """)
                .param("course", courseId)
                .param("a", accountId)
                .query((row, n) -> new Earned(
                        row.getObject("id", UUID.class),
                        Track.valueOf(row.getString("track")),
                        row.getString("title_en"),
                        row.getString("title_fr")))
                .list();
        var account = accounts.find(new AccountId(accountId)).orElseThrow();
        for (Earned certification : earned) {
            if (certification.track().needsSeat() && !seats.holds(account.id())) {
                continue;
            }
            String code = code();
            String company = account.companyId() == null
                    ? null
                    : partners.company(new CompanyId(account.companyId()))
                            .map(c -> c.name())
                            .orElse(null);
            boolean issued = jdbc.sql("""
                            INSERT INTO certificate (id, account_id, certification_id, holder_name, company_name, code)
                            VALUES (:id, :a, :c, :name, :company, :code) ON CONFLICT DO NOTHING
                            """)
                            .param("id", UUID.randomUUID())
                            .param("a", accountId)
                            .param("c", certification.id())
                            .param("name", account.displayName())
                            .param("company", company)
                            .param("code", code)
                            .update()
                    == 1;
            if (issued) {
                events.publishEvent(new CertificationEarned(
                        accountId,
                        account.email(),
                        account.firstName(),
                        account.locale(),
                        certification.titleEn(),
                        certification.titleFr(),
                        "/certificates/" + code));
            }
        }
    }

    public List<Certificate> certificatesOf(UUID accountId) {
        return jdbc.sql(CERTIFICATES + " WHERE k.account_id = :a ORDER BY k.issued_at DESC")
                .param("a", accountId)
                .query(Certificates::certificate)
                .list();
    }

    public Optional<Certificate> certificate(String code) {
        return jdbc.sql(CERTIFICATES + " WHERE k.code = :code")
                .param("code", code)
                .query(Certificates::certificate)
                .optional();
    }

    public Optional<Certificate> certificateOf(UUID accountId, UUID certificateId) {
        return jdbc.sql(CERTIFICATES + " WHERE k.account_id = :a AND k.id = :id")
                .param("a", accountId)
                .param("id", certificateId)
                .query(Certificates::certificate)
                .optional();
    }

    private static final String CERTIFICATES = "SELECT k.id, k.code, k.holder_name, k.company_name, k.issued_at,"
            + " c.title_en, c.title_fr, c.track FROM certificate k JOIN certification c ON c.id = k.certification_id";

    private static Certificate certificate(ResultSet row, int n) throws SQLException {
        return new Certificate(
                row.getObject("id", UUID.class),
                row.getString("code"),
                row.getString("title_en"),
                row.getString("title_fr"),
                Track.valueOf(row.getString("track")),
                row.getString("holder_name"),
                row.getString("company_name"),
                row.getTimestamp("issued_at").toInstant());
    }

    /** 16 characters from an alphabet without look-alikes: about 80 bits, typed from paper if need be. */
    private static String code() {
        var code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }
}
