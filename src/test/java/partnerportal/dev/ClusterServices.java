package partnerportal.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import partnerportal.testing.EmbeddedPostgresConfiguration;
import partnerportal.testing.Mailbox;

/**
 * The services {@code ops/cluster.sh} puts behind its portal instances: an embedded PostgreSQL in a
 * fresh folder and a GreenMail SMTP server. It writes the JDBC URL to {@code <dir>/jdbc-url}, then
 * every link it receives by email to {@code <dir>/links}, and runs until it is stopped.
 */
public final class ClusterServices {

    private ClusterServices() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/cluster");
        int smtpPort = args.length > 1 ? Integer.parseInt(args[1]) : 3025;
        Files.createDirectories(dir);
        var postgres = EmbeddedPostgresConfiguration.start(null);
        var mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.stop();
            try {
                postgres.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        Files.writeString(dir.resolve("jdbc-url"), postgres.getJdbcUrl("postgres", "postgres"));
        System.out.println("cluster services: PostgreSQL on " + postgres.getPort() + ", SMTP on " + smtpPort);
        int seen = 0;
        while (stopped.getCount() > 0) {
            var messages = mail.getReceivedMessages();
            for (; seen < messages.length; seen++) {
                var text = Mailbox.text(messages[seen]);
                var links = new StringBuilder();
                text.lines()
                        .filter(line -> line.contains("http"))
                        .forEach(line -> links.append(line.strip()).append('\n'));
                Files.writeString(
                        dir.resolve("links"),
                        links.toString(),
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            }
            Thread.sleep(200);
        }
    }
}
