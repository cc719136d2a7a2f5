package partnerportal.dev;

import com.partnerportal.partners.Partners;
import com.partnerportal.webhooks.internal.EndpointForm;
import com.partnerportal.webhooks.internal.EventType;
import com.partnerportal.webhooks.internal.Owner;
import com.partnerportal.webhooks.internal.Webhooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import partnerportal.testing.WebhookReceiver;

/**
 * The dev run's webhook receiver, as its mailbox is for email (R12.1): a local server that accepts
 * every delivery and logs it, and Sherweb's demo endpoint pointed at it, so that what Lucas decides
 * shows in Distributor console → Webhooks as delivered.
 */
class DevWebhooks {

    private static final Logger log = LoggerFactory.getLogger(DevWebhooks.class);

    private final WebhookReceiver receiver;
    private final Webhooks webhooks;
    private final Partners partners;

    DevWebhooks(WebhookReceiver receiver, Webhooks webhooks, Partners partners) {
        this.receiver = receiver;
        this.webhooks = webhooks;
        this.partners = partners;
        receiver.answer(n -> {
            var got = receiver.received().get(n - 1);
            log.info("Dev webhook receiver: {} {} {}", got.path(), got.id(), got.body());
            return WebhookReceiver.Answer.of(204);
        });
    }

    /** After the demo data (Sherweb exists then), once: an endpoint for every event. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void seed() {
        var sherweb = partners.distributor("sherweb").orElse(null);
        if (sherweb == null) {
            return;
        }
        var owner = new Owner(sherweb.id(), sherweb.name());
        if (webhooks.endpoints(owner).isEmpty()) {
            var created = webhooks.create(
                    owner,
                    new EndpointForm(
                            receiver.url("/sherweb/partner-portal"),
                            "Sherweb marketplace (demo receiver of the dev run)",
                            EventType.subscribable(),
                            true),
                    "demo");
            log.info("Demo webhook endpoint of Sherweb: {}", created.endpoint().url());
        }
    }
}
