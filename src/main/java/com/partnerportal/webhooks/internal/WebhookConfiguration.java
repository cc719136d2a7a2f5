package com.partnerportal.webhooks.internal;

import com.partnerportal.shared.AddressPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where webhooks may go (R12.1): public https addresses, and loopback over http where configured. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    AddressPolicy webhookAddresses(WebhooksProperties properties) {
        return new AddressPolicy(properties.allowLocalHttp());
    }
}
