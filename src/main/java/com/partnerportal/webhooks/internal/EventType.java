package com.partnerportal.webhooks.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an endpoint may hear of (R12.1), by the name the payload's {@code type} carries. */
public enum EventType {
    ACCESS_REQUEST_DECIDED("access-request.decided"),
    PARTNER_ASSOCIATED("partner.associated"),
    PARTNER_RELEASED("partner.released"),
    DEAL_CHANGED("deal.changed"),
    CERTIFICATION_EARNED("certification.earned"),
    LEVEL_CHANGED("level.changed"),
    /** Sent by the "send a test event" button to one endpoint, whatever it subscribed to. */
    TEST("webhook.test");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The types an endpoint chooses among. */
    public static List<EventType> subscribable() {
        return Arrays.stream(values()).filter(type -> type != TEST).toList();
    }

    public static Optional<EventType> ofWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(name))
                .findFirst();
    }
}
