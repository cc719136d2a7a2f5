package com.partnerportal.support;

import com.partnerportal.university.TechnicalSeatChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A seat released or granted from a support request (R5.5) shows in that request's thread. */
@Component
class SeatChangesInRequests {

    private final SupportRequests requests;

    SeatChangesInRequests(SupportRequests requests) {
        this.requests = requests;
    }

    @EventListener
    void on(TechnicalSeatChanged changed) {
        if (changed.supportRequest() != null) {
            requests.recordAction(
                    changed.supportRequest(),
                    changed.actor(),
                    (changed.granted() ? "Technical seat granted to " : "Technical seat released from ")
                            + changed.email());
        }
    }
}
