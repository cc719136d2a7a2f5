package partnerportal.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * A real HTTP receiver of webhooks on a local port (R12.1): records every request it is sent and
 * answers what the test plans, by the request's number (1, 2, …): a status, and optionally headers.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String id, long timestamp, String signature, String body, String path, long atMillis) {}

    /** What to answer. */
    public record Answer(int status, String header, String value) {

        public static Answer of(int status) {
            return new Answer(status, null, null);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads =
            Executors.newFixedThreadPool(8, Thread.ofPlatform().daemon().factory());
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile IntFunction<Answer> plan = n -> Answer.of(204);

    public WebhookReceiver() throws IOException {
        this(0);
    }

    /** On this port of the loopback address (0: any free one). */
    public WebhookReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            String timestamp = headers.getFirst("webhook-timestamp");
            received.add(new Received(
                    headers.getFirst("webhook-id"),
                    timestamp == null ? -1 : Long.parseLong(timestamp),
                    headers.getFirst("webhook-signature"),
                    body,
                    exchange.getRequestURI().getPath(),
                    System.currentTimeMillis()));
            var answer = plan.apply(received.size());
            if (answer.header() != null) {
                exchange.getResponseHeaders().add(answer.header(), answer.value());
            }
            byte[] reply = ("answer " + answer.status()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void answer(IntFunction<Answer> plan) {
        this.plan = plan;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public int count() {
        return received.size();
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
