package partnerportal.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;
import partnerportal.testing.Mailbox;

/**
 * The SMTP catcher of {@code ops/cluster.sh}, a process of its own so that a fault drill can stop and
 * start it ({@code smtp stop|start}). Each message it accepts (the portal sends each email to one
 * address) is a line of {@code <dir>/mail.tsv}: Message-ID, recipients, subject, the first link of
 * the text; the links alone
 * go on to {@code <dir>/links}, as before.
 */
public final class ClusterMail {

    private ClusterMail() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/cluster");
        int smtpPort = args.length > 1 ? Integer.parseInt(args[1]) : 3025;
        Files.createDirectories(dir);
        var mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.stop();
            stopped.countDown();
        }));
        System.out.println("cluster mail: SMTP on " + smtpPort);
        int seen = 0;
        while (stopped.getCount() > 0) {
            var messages = mail.getReceivedMessages();
            var lines = new StringBuilder();
            var links = new StringBuilder();
            for (; seen < messages.length; seen++) {
                var message = messages[seen];
                var text = Mailbox.text(message);
                String link = text.lines()
                        .filter(line -> line.contains("http"))
                        .map(String::strip)
                        .findFirst()
                        .orElse("");
                text.lines()
                        .filter(line -> line.contains("http"))
                        .forEach(line -> links.append(line.strip()).append('\n'));
                var recipients = new StringBuilder();
                for (var recipient : message.getAllRecipients()) {
                    recipients.append(recipients.isEmpty() ? "" : ",").append(recipient);
                }
                lines.append(message.getMessageID())
                        .append('\t')
                        .append(recipients)
                        .append('\t')
                        .append(message.getSubject().replace('\t', ' '))
                        .append('\t')
                        .append(link)
                        .append('\n');
            }
            if (!lines.isEmpty()) {
                Files.writeString(dir.resolve("mail.tsv"), lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                Files.writeString(dir.resolve("links"), links, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            Thread.sleep(200);
        }
    }
}
