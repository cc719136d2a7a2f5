package partnerportal.testing;

import com.partnerportal.PortalApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a whole portal instance on a database the test owns, so that a test can stop it, start
 * another, or run two at once: what several instances or a restart look like.
 */
public final class PortalProcess {

    private PortalProcess() {}

    public static ConfigurableApplicationContext start(EmbeddedPostgres postgres, int smtpPort, String... extra) {
        return start(postgres.getJdbcUrl("postgres", "postgres"), smtpPort, extra);
    }

    /** Another instance on the database of this JDBC URL, e.g. the one a {@code @PortalTest} runs on. */
    public static ConfigurableApplicationContext start(String jdbcUrl, int smtpPort, String... extra) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort));
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(PortalApplication.class)
                .profiles("test")
                .run(arguments.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /**
     * Starts an instance in a JVM of its own (same classpath, test profile), so that a test can kill
     * it with SIGKILL; its output goes to a temporary file.
     */
    public static Process startJvm(EmbeddedPostgres postgres, int port, int smtpPort, String... extra)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                PortalApplication.class.getName(),
                "--spring.profiles.active=test",
                "--server.port=" + port,
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--logging.level.root=WARN"));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        Files.createTempFile("portal-instance-" + port, ".log").toFile())
                .start();
    }

    /** Waits until the instance on {@code port} says it is ready, at most a minute. */
    public static void awaitReady(int port) throws InterruptedException {
        var client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The instance on port " + port + " did not start");
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
