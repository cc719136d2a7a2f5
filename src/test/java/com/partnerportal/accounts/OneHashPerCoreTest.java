package com.partnerportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.partnerportal.accounts.internal.PasswordHashingThreads;
import com.partnerportal.accounts.internal.SecurityConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * R4.3: however many logins arrive at once, no more password hashes run than there are cores, and they run below
 * the pages' priority.
 */
class OneHashPerCoreTest {

    @Test
    void thirtyTwoLoginsAtOnceRunTwoHashesAtATime() throws Exception {
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        PasswordEncoder slowHash = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return work(raw.toString());
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return work(raw.toString()).equals(encoded);
            }

            private String work(String raw) {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return raw;
            }
        };
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<Boolean>>();
        try (var threads = new PasswordHashingThreads(2);
                var pool = Executors.newFixedThreadPool(32)) {
            var limited = new SecurityConfiguration.OneHashPerCore(slowHash, threads);
            for (int i = 0; i < 32; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return limited.matches("password", "password");
                }));
            }
            start.countDown();
        }
        for (var answer : answers) {
            assertThat(answer.get()).isTrue();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    /** A login's hash yields its core to the pages: it runs on a thread of its own, at a lower priority. */
    @Test
    void aHashRunsOnAThreadBelowTheRequestsPriority() throws Exception {
        Path thisThread = Path.of("/proc/thread-self/stat");
        assumeTrue(Files.exists(thisThread), "Linux reports a thread's niceness in /proc");
        var hashedOn = new AtomicReference<String>();
        var hashedAtNiceness = new AtomicInteger(Integer.MIN_VALUE);
        PasswordEncoder recordingHash = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                hashedOn.set(Thread.currentThread().getName());
                hashedAtNiceness.set(niceness(thisThread));
                return raw.toString();
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return encode(raw).equals(encoded);
            }
        };
        try (var threads = new PasswordHashingThreads(1)) {
            var encoder = new SecurityConfiguration.OneHashPerCore(recordingHash, threads);
            try (var requests = Executors.newVirtualThreadPerTaskExecutor()) {
                assertThat(requests.submit(() -> encoder.matches("password", "password"))
                                .get())
                        .isTrue();
            }
        }
        assertThat(hashedOn.get()).startsWith("password-hash-");
        assertThat(hashedAtNiceness.get())
                .isEqualTo(Math.min(19, niceness(thisThread) + PasswordHashingThreads.NICER_BY));
    }

    /** The 19th field of {@code /proc/…/stat}; the command name before it may hold spaces, so count after it. */
    private static int niceness(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] afterName = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(afterName[19 - 3]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
