package partnerportal.dev;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import partnerportal.testing.HttpSession;

/**
 * The fault drills of {@code ops/drill.sh} (R8.2–R8.4), against a running {@code DEMO=1} cluster:
 * logged-in users view pages and open support requests through nginx (a request is retried with its
 * one-time key when its answer is lost, as a user would), while the database stops, its postmaster
 * is killed, an instance is killed and the SMTP server stops, each for a few seconds. Bounded: a few
 * sessions, a request each every 100 ms, two minutes or so. Then it prints what was sent and
 * answered, the sessions lost, the requests believed opened against those stored, the emails queued
 * against those received by Message-ID, and how long each recovery took.
 */
public final class ClusterDrill {

    private static final int PORT = 8080;
    private static final String[][] USERS = {
        {DemoData.PARTNER_EMAIL, DemoData.PARTNER_PASSWORD}, {DemoData.BASTION_EMAIL, DemoData.BASTION_PASSWORD}
    };
    private static final Pattern KEY = Pattern.compile("name=\"_submission\" value=\"([^\"]+)\"");
    private static final List<String> PAGES = List.of("/", "/support", "/catalogue", "/programme");

    private final Path dir;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicBoolean going = new AtomicBoolean(true);
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private final AtomicLong lostSessions = new AtomicLong();
    private final Set<String> believed = ConcurrentHashMap.newKeySet();
    /** Completion time and status of every request, for the recovery times. */
    private final ConcurrentLinkedQueue<long[]> timeline = new ConcurrentLinkedQueue<>();

    private ClusterDrill(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        var drill = new ClusterDrill(Path.of(args.length > 0 ? args[0] : "target/cluster"));
        drill.run(args.length > 1 ? Integer.parseInt(args[1]) : 20);
    }

    private void run(int sessions) throws Exception {
        long mailLinesBefore = lines(dir.resolve("mail.tsv")).size();
        var started = java.time.Instant.now();
        var workers = new ArrayList<Thread>();
        for (int i = 0; i < sessions; i++) {
            String[] user = USERS[i % USERS.length];
            int number = i;
            workers.add(Thread.ofVirtual().start(() -> work(number, user[0], user[1])));
        }
        var recoveries = new LinkedHashMap<String, String>();
        pause(5);
        recoveries.put("database stopped 10 s", fault(List.of("db", "stop"), 10, List.of("db", "start")));
        pause(10);
        recoveries.put("postmaster killed, 5 s", fault(List.of("db", "kill"), 5, List.of("db", "start")));
        pause(10);
        recoveries.put(
                "instance 2 killed, 5 s",
                fault(List.of("instance", "2", "kill"), 5, List.of("instance", "2", "start")));
        pause(5);
        recoveries.put("SMTP stopped 10 s", fault(List.of("smtp", "stop"), 10, List.of("smtp", "start")));
        pause(10);
        going.set(false);
        for (var worker : workers) {
            worker.join();
        }
        report(started, mailLinesBefore, recoveries);
    }

    /** One user: a page every 100 ms, a support request every fifth time. */
    private void work(int number, String email, String password) {
        var session = HttpSession.from(PORT, "127.0.0.1");
        try {
            logIn(session, email, password);
        } catch (Exception e) {
            count("login failed");
            return;
        }
        for (int n = 0; going.get(); n++) {
            long began = System.nanoTime();
            try {
                if (n % 5 == 4) {
                    openRequest(session, "drill " + run + " " + number + "-" + n);
                } else {
                    var response = session.get(PAGES.get(n % PAGES.size()));
                    record(response.statusCode(), began);
                    if (response.statusCode() == 302
                            && response.headers()
                                    .firstValue("Location")
                                    .orElse("")
                                    .contains("/login")) {
                        lostSessions.incrementAndGet();
                        logIn(session, email, password);
                    }
                }
            } catch (Exception connection) {
                count("connection error");
                record(0, began);
            }
            sleep(100);
        }
    }

    /** Opens a support request; an answer lost or refused for a moment is retried with the same key. */
    private void openRequest(HttpSession session, String subject) throws Exception {
        long began = System.nanoTime();
        var form = session.get("/support/new");
        record(form.statusCode(), began);
        var key = KEY.matcher(form.body());
        if (form.statusCode() != 200 || !key.find()) {
            return;
        }
        var fields = Map.of(
                "category",
                "OTHER",
                "subject",
                subject,
                "description",
                "Fault drill " + run,
                "_submission",
                key.group(1));
        for (int attempt = 1; attempt <= 10 && going.get(); attempt++) {
            HttpResponse<String> sent;
            long posted = System.nanoTime();
            try {
                sent = session.post("/support/new", fields);
            } catch (Exception connection) {
                count("connection error");
                record(0, posted);
                sleep(1_000);
                continue;
            }
            record(sent.statusCode(), posted);
            if (sent.statusCode() == 302
                    && sent.headers().firstValue("Location").orElse("").contains("/support/requests/")) {
                believed.add(subject);
                return;
            }
            if (sent.statusCode() < 500) {
                return;
            }
            sleep(1_000);
        }
    }

    private void logIn(HttpSession session, String email, String password) throws Exception {
        for (int attempt = 0; attempt < 30; attempt++) {
            if (session.logIn(email, password).endsWith("/")) {
                return;
            }
            sleep(1_000);
        }
        throw new IllegalStateException("cannot log in " + email);
    }

    /** Runs a fault for some seconds and measures the time from its end to the first page served. */
    private String fault(List<String> begin, int seconds, List<String> end) throws Exception {
        long from = System.nanoTime();
        cluster(begin);
        pause(seconds);
        cluster(end);
        long back = System.nanoTime();
        String during = latencies(from, back);
        long deadline = back + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (long[] answer : timeline) {
                if (answer[0] > back && answer[1] >= 200 && answer[1] < 400) {
                    return String.format("%s; first success %.1f s after it ended", during, (answer[0] - back) / 1e9);
                }
            }
            sleep(100);
        }
        return during + "; no success within 60 s after it ended";
    }

    /** The answers that came between two instants: how many, p50, p99 and the longest. */
    private String latencies(long from, long to) {
        long[] took = timeline.stream()
                .filter(answer -> answer[0] >= from && answer[0] <= to)
                .mapToLong(answer -> answer[2])
                .sorted()
                .toArray();
        if (took.length == 0) {
            return "no answer meanwhile";
        }
        return String.format(
                "%d answers meanwhile, p50 %.0f ms, p99 %.0f ms, max %.0f ms",
                took.length,
                took[took.length / 2] / 1e6,
                took[(int) Math.min(took.length - 1, Math.ceil(took.length * 0.99) - 1)] / 1e6,
                took[took.length - 1] / 1e6);
    }

    private void cluster(List<String> command) throws Exception {
        var full = new ArrayList<>(List.of("ops/cluster.sh"));
        full.addAll(command);
        int exit = new ProcessBuilder(full).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", full) + " exited with " + exit);
        }
    }

    private void report(java.time.Instant started, long mailLinesBefore, Map<String, String> recoveries)
            throws Exception {
        String url = Files.readString(dir.resolve("jdbc-url")).strip();
        long stored;
        long duplicated;
        Set<String> queued = new HashSet<>();
        long pending;
        try (var connection = DriverManager.getConnection(url, "postgres", "")) {
            try (var query = connection.prepareStatement(
                    "SELECT count(*), count(*) - count(DISTINCT subject) FROM support_request WHERE subject LIKE ?")) {
                query.setString(1, "drill " + run + " %");
                var row = query.executeQuery();
                row.next();
                stored = row.getLong(1);
                duplicated = row.getLong(2);
            }
            // Emails go out after the drill's last fault: wait a minute at most for the outbox to drain.
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            do {
                try (var query = connection.prepareStatement(
                        "SELECT count(*) FROM email_message WHERE created_at >= ? AND status = 'PENDING'")) {
                    query.setObject(1, started.atOffset(java.time.ZoneOffset.UTC));
                    var row = query.executeQuery();
                    row.next();
                    pending = row.getLong(1);
                }
                sleep(pending == 0 ? 0 : 1_000);
            } while (pending > 0 && System.nanoTime() < deadline);
            sleep(2_000);
            try (var query = connection.prepareStatement(
                    "SELECT message_id FROM email_message WHERE created_at >= ? AND status = 'SENT'")) {
                query.setObject(1, started.atOffset(java.time.ZoneOffset.UTC));
                var rows = query.executeQuery();
                while (rows.next()) {
                    queued.add(rows.getString(1));
                }
            }
        }
        var received = lines(dir.resolve("mail.tsv"));
        var drillMail = received.subList((int) Math.min(mailLinesBefore, received.size()), received.size());
        Set<String> ids = new HashSet<>();
        long twice = 0;
        for (String line : drillMail) {
            String id = line.split("\t", 2)[0];
            if (!ids.add(id)) {
                twice++;
            }
        }
        var missing = new HashSet<>(queued);
        missing.removeAll(ids);
        long total = answers.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.println();
        System.out.println("==== fault drill " + run + " ====");
        System.out.println("requests sent            " + total);
        new java.util.TreeMap<>(answers).forEach((kind, count) -> System.out.printf("  %-22s %d%n", kind, count.get()));
        System.out.println("sessions lost            " + lostSessions.get());
        System.out.println("support requests believed opened " + believed.size() + ", stored " + stored
                + ", stored twice " + duplicated + ", lost " + Math.max(0, believed.size() - stored));
        System.out.println("emails sent by the outbox " + queued.size() + ", received " + ids.size()
                + " Message-IDs (" + twice + " received twice), sent but not received " + missing.size()
                + ", still pending " + pending);
        recoveries.forEach((fault, recovery) -> System.out.println(fault + ": " + recovery));
    }

    /** One answer: when it came, its status, how long it took. */
    private void record(int status, long began) {
        long now = System.nanoTime();
        timeline.add(new long[] {now, status, now - began});
        count(
                status == 0
                        ? "connection error (all)"
                        : status == 503
                                ? "503 (outage, documented)"
                                : status >= 500 ? "5xx other than 503" : (status / 100) + "xx");
    }

    private void count(String kind) {
        answers.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    private static List<String> lines(Path file) throws java.io.IOException {
        return Files.exists(file) ? Files.readAllLines(file) : Collections.emptyList();
    }

    private static void pause(int seconds) {
        sleep(seconds * 1_000L);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
