package partnerportal.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The PostgreSQL of {@code ops/cluster.sh}, a process of its own so that a fault drill can stop it
 * ({@code db stop}: SIGTERM, a fast shutdown), kill its postmaster ({@code db kill}) and start it
 * again ({@code db start}) on the same data and port. The first start picks a port and keeps it in
 * {@code <dir>/db-port}; the JDBC URL goes to {@code <dir>/jdbc-url}. It exits when its postmaster
 * is gone.
 */
public final class ClusterDatabase {

    private ClusterDatabase() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/cluster");
        Files.createDirectories(dir);
        Path data = dir.resolve("pg").toAbsolutePath();
        Path portFile = dir.resolve("db-port");
        boolean fresh = !Files.exists(data.resolve("PG_VERSION"));
        var builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "300")
                // As a production server is: a commit is on disk before it is acknowledged, so a killed
                // postmaster loses nothing that a client was told is saved.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setDataDirectory(data)
                // Never clean: a stop must keep the data for the next start (cluster.sh start wipes it).
                .setCleanDataDirectory(false);
        if (Files.exists(portFile)) {
            builder.setPort(Integer.parseInt(Files.readString(portFile).strip()));
        }
        var postgres = builder.start();
        Files.writeString(portFile, Integer.toString(postgres.getPort()));
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        Files.writeString(dir.resolve("jdbc-url"), postgres.getJdbcUrl("postgres", "postgres"));
        System.out.println("cluster database: PostgreSQL on " + postgres.getPort() + (fresh ? ", new" : ", reused"));
        Path pidFile = data.resolve("postmaster.pid");
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        while (stopped.getCount() > 0) {
            if (ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)) {
                Thread.sleep(250);
                continue;
            }
            System.out.println("cluster database: the postmaster is gone");
            Runtime.getRuntime().halt(1);
        }
    }
}
