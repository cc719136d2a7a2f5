package com.partnerportal.webhooks.internal;

import com.partnerportal.shared.FormText;
import com.partnerportal.shared.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An endpoint as its form (and the API) describe it: where, what for, which events, on or off (R12.1). */
public record EndpointForm(
        @NotBlank(message = "{webhooks.url.invalid}") @Size(max = 2000, message = "{webhooks.url.invalid}")
        String url,

        @Size(max = 500, message = "{webhooks.description.invalid}")
        @PlainText(message = "{webhooks.description.invalid}", multiline = false)
        String description,

        @NotEmpty(message = "{webhooks.events.required}") @Size(max = 20, message = "{webhooks.events.required}")
        List<EventType> events,

        boolean active)
        implements Serializable {

    public EndpointForm {
        url = FormText.strip(url);
        description = FormText.strip(description);
        // Mutable: after the constructor, the binder sets indexed values (events[0]) on the list again.
        events = events == null
                ? new ArrayList<>()
                : new ArrayList<>(
                        events.stream().filter(Objects::nonNull).distinct().toList());
    }

    public static EndpointForm blank() {
        return new EndpointForm(null, null, EventType.subscribable(), true);
    }

    public static EndpointForm of(Endpoint endpoint) {
        return new EndpointForm(
                endpoint.url(), endpoint.description(), List.copyOf(endpoint.events()), endpoint.active());
    }
}
