package com.partnerportal.webhooks.internal;

import com.partnerportal.shared.AddressPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends one signed request (R12.1) and says how it went, never following a redirect. Connections are
 * made only to addresses the {@link AddressPolicy} accepts, checked by the resolver at every
 * connection, so a name that pointed at a public address when the endpoint was saved and at a private
 * one now is refused (DNS rebinding).
 */
@Component
class WebhookSender implements DisposableBean {

    /** What the receiver answered, or why nothing was: {@code status} null when no answer came. */
    record Outcome(Integer status, String excerpt, String error, Duration retryAfter) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        /**
         * No answer, 5xx, 408 or 429: worth another try. Any other 4xx, or a redirect (never followed),
         * would be answered the same again.
         */
        boolean retryable() {
            return status == null || status >= 500 || status == 408 || status == 429;
        }
    }

    private final AddressPolicy policy;
    private final WebhooksProperties properties;

    /** Built at the first delivery: its TLS set-up would otherwise add to every start (docs/performance.md). */
    private CloseableHttpClient client;

    WebhookSender(AddressPolicy policy, WebhooksProperties properties) {
        this.policy = policy;
        this.properties = properties;
    }

    private synchronized CloseableHttpClient client() {
        if (client == null) {
            client = newClient();
        }
        return client;
    }

    private CloseableHttpClient newClient() {
        DnsResolver resolver = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                InetAddress[] addresses = InetAddress.getAllByName(host);
                try {
                    policy.checkAddresses(host, addresses);
                } catch (AddressPolicy.RefusedAddressException refused) {
                    throw new UnknownHostException("refused: " + refused.getMessage());
                }
                return addresses;
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                return InetAddress.getByName(host).getCanonicalHostName();
            }
        };
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(resolver)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                        .setSocketTimeout(Timeout.of(properties.readTimeout()))
                        .build())
                .setMaxConnTotal(properties.concurrency())
                .setMaxConnPerRoute(properties.concurrency())
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("PartnerPortal-Webhooks/1")
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(properties.readTimeout()))
                        .build())
                .build();
    }

    Outcome send(String url, String messageId, long timestamp, String signature, String body) {
        var post = new HttpPost(URI.create(url));
        post.setHeader("webhook-id", messageId);
        post.setHeader("webhook-timestamp", Long.toString(timestamp));
        post.setHeader("webhook-signature", signature);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        try {
            return client().execute(post, response -> {
                String excerpt = null;
                if (response.getEntity() != null) {
                    try (InputStream in = response.getEntity().getContent()) {
                        excerpt = new String(in.readNBytes(DeliveryStore.EXCERPT_LENGTH), StandardCharsets.UTF_8);
                    }
                }
                var retryAfter = response.getFirstHeader("Retry-After");
                int code = response.getCode();
                String error = code >= 300 && code < 400 ? "redirect not followed" : null;
                return new Outcome(code, excerpt, error, retryAfter(retryAfter == null ? null : retryAfter.getValue()));
            });
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, null, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
    }

    /** Seconds or an HTTP date (RFC 9110); null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.chars().allMatch(Character::isDigit) && text.length() <= 9) {
                return Duration.ofSeconds(Long.parseLong(text));
            }
            var at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            var wait = Duration.between(Instant.now(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException | NumberFormatException unreadable) {
            return null;
        }
    }

    @Override
    public synchronized void destroy() throws IOException {
        if (client != null) {
            client.close();
        }
    }
}
