package com.partnerportal.support.internal;

import com.partnerportal.university.TechnicalSeatChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A seat released or granted from a support request (R5.5) shows in that request's thread. */
@Component
public class SeatChangesInRequests {

    private final SupportRequests requests;

    public SeatChangesInRequests(SupportRequests requests) {
        this.requests = requests;
    }

    @EventListener
    public void on(TechnicalSeatChanged changed) {
        if (changed.supportRequest() != null) {
            requests.recordAction(
                    changed.supportRequest(),
                    changed.actor(),
                    (changed.granted() ? "Technical seat granted to " : "Technical seat released from ")
                            + changed.email());
        }
    }
}
