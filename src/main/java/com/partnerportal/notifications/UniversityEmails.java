package com.partnerportal.notifications;

import com.partnerportal.university.TechnicalSeatChanged;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells a user that a vendor admin gave or took their technical seat (R5.5). */
@Component
class UniversityEmails {

    private final Mailer mailer;

    UniversityEmails(Mailer mailer) {
        this.mailer = mailer;
    }

    @EventListener
    void on(TechnicalSeatChanged changed) {
        mailer.queue(
                changed.granted() ? "seat-granted" : "seat-released",
                changed.email(),
                changed.locale(),
                Map.of("firstName", changed.firstName(), "reason", changed.reason() == null ? "" : changed.reason()),
                false);
    }
}
