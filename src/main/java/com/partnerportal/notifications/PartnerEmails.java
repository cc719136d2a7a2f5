package com.partnerportal.notifications;

import com.partnerportal.partners.PartnerReleased;
import com.partnerportal.shared.Locales;
import java.util.HashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the vendor's partner-operations team that a distributor released a partner (R2.3). */
@Component
class PartnerEmails {

    private static final Logger log = LoggerFactory.getLogger(PartnerEmails.class);

    private final Mailer mailer;
    private final NotificationsProperties properties;

    PartnerEmails(Mailer mailer, NotificationsProperties properties) {
        this.mailer = mailer;
        this.properties = properties;
    }

    @EventListener
    void on(PartnerReleased released) {
        if (properties.vendorTeam() == null || properties.vendorTeam().isBlank()) {
            log.warn(
                    "No PORTAL_VENDOR_TEAM_EMAIL: the release of {} is only in the audit trail",
                    released.companyName());
            return;
        }
        var model = new HashMap<String, Object>();
        model.put("companyName", released.companyName());
        model.put("companyId", released.companyId().toString());
        model.put("distributorName", released.distributorName());
        model.put("releasedBy", released.releasedBy());
        model.put("reason", released.reason() == null ? "" : released.reason());
        model.put("onBehalf", released.onBehalf());
        mailer.queue("partner-released", properties.vendorTeam(), Locales.ENGLISH, model, false);
    }
}
