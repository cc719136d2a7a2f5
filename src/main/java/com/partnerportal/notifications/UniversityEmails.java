package com.partnerportal.notifications;

import com.partnerportal.shared.Locales;
import com.partnerportal.shared.PortalProperties;
import com.partnerportal.university.CertificationEarned;
import com.partnerportal.university.TechnicalSeatChanged;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells a user that a vendor admin gave or took their technical seat (R5.5), or that they earned a certification (R5.6). */
@Component
class UniversityEmails {

    private final Mailer mailer;
    private final PortalProperties portal;

    UniversityEmails(Mailer mailer, PortalProperties portal) {
        this.mailer = mailer;
        this.portal = portal;
    }

    @EventListener
    void on(CertificationEarned earned) {
        mailer.queue(
                "certification-earned",
                earned.email(),
                earned.locale(),
                Map.of(
                        "firstName", earned.firstName(),
                        "certification", earned.certification(Locales.supported(earned.locale())),
                        "link", portal.link(earned.verificationPath())),
                false);
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
