package partnerportal.dev;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import partnerportal.testing.Mailbox;

/**
 * The SMTP catcher of {@code ops/cluster.sh}, a process of its own so that a fault drill can stop and
 * start it ({@code smtp stop|start}). Each message it accepts is a line of {@code <dir>/mail.tsv}
 * per mailbox it reached: Message-ID, recipient, subject, the first link of the text; the links alone
 * go on to {@code <dir>/links}, as before.
 */
public final class ClusterMail {

    private ClusterMail() {}

    /** The user's stored messages; a delivery while they are read makes the reading start again. */
    private static List<StoredMessage> inboxOf(GreenMail mail, GreenMailUser user) throws Exception {
        var inbox = mail.getManagers().getImapHostManager().getInbox(user);
        for (int attempt = 0; ; attempt++) {
            try {
                return List.copyOf(inbox.getMessages());
            } catch (ConcurrentModificationException delivered) {
                if (attempt == 100) {
                    throw delivered;
                }
                Thread.sleep(10);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/cluster");
        int smtpPort = args.length > 1 ? Integer.parseInt(args[1]) : 3025;
        Files.createDirectories(dir);
        var mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        var log = new Log(dir, mail);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // What was accepted is written before the server goes: the portal was told it was delivered.
            log.writeNew();
            mail.stop();
            log.writeNew();
            stopped.countDown();
        }));
        System.out.println("cluster mail: SMTP on " + smtpPort);
        while (stopped.getCount() > 0) {
            log.writeNew();
            Thread.sleep(200);
        }
    }

    /** Writes each stored message once, by mailbox and UID. */
    private static final class Log {

        private final Path dir;
        private final GreenMail mail;
        /**
         * Mailbox and UID of the messages written: the order of getReceivedMessages() changes as
         * mailboxes are added, so an index into it repeats some messages and skips others.
         */
        private final java.util.Set<String> seen = new java.util.HashSet<>();

        Log(Path dir, GreenMail mail) {
            this.dir = dir;
            this.mail = mail;
        }

        synchronized void writeNew() {
            try {
                var lines = new StringBuilder();
                var links = new StringBuilder();
                for (var user : List.copyOf(mail.getUserManager().listUser())) {
                    for (var stored : inboxOf(mail, user)) {
                        if (seen.add(user.getEmail() + "#" + stored.getUid())) {
                            line(user.getEmail(), stored.getMimeMessage(), lines, links);
                        }
                    }
                }
                if (!lines.isEmpty()) {
                    Files.writeString(
                            dir.resolve("mail.tsv"), lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    Files.writeString(
                            dir.resolve("links"), links, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                }
            } catch (Exception e) {
                System.out.println("cluster mail: could not write what it received: " + e);
            }
        }

        private static void line(
                String recipient, jakarta.mail.internet.MimeMessage message, StringBuilder lines, StringBuilder links)
                throws jakarta.mail.MessagingException {
            var text = Mailbox.text(message);
            text.lines()
                    .filter(line -> line.contains("http"))
                    .forEach(line -> links.append(line.strip()).append('\n'));
            lines.append(message.getMessageID())
                    .append('\t')
                    .append(recipient)
                    .append('\t')
                    .append(message.getSubject().replace('\t', ' '))
                    .append('\t')
                    .append(text.lines()
                            .filter(line -> line.contains("http"))
                            .map(String::strip)
                            .findFirst()
                            .orElse(""))
                    .append('\n');
        }
    }
}
