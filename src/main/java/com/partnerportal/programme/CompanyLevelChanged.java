package com.partnerportal.programme;

import com.partnerportal.partners.CompanyId;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A company's programme level moved, or a move was announced (R10.2, R10.3); its users are emailed
 * of a level reached, a downgrade announced and its reminder. {@code from} or {@code to} is null
 * below every level.
 *
 * @param effectiveOn the day an announced downgrade takes effect, else null
 */
public record CompanyLevelChanged(
        CompanyId companyId, Change change, LevelView from, LevelView to, LocalDate effectiveOn, String actor) {

    public enum Change {
        REACHED,
        DOWNGRADE_ANNOUNCED,
        DOWNGRADE_REMINDED,
        DOWNGRADE_CANCELLED,
        DOWNGRADED,
        OVERRIDDEN,
        OVERRIDE_ENDED;

        /** What the company's users hear of: a better level, and a worse one ahead of time. */
        public boolean emailed() {
            return this == REACHED || this == DOWNGRADE_ANNOUNCED || this == DOWNGRADE_REMINDED;
        }
    }

    public String toName(Locale language) {
        return to == null ? "" : to.name(language);
    }

    public String fromName(Locale language) {
        return from == null ? "" : from.name(language);
    }
}
