package com.partnerportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.accounts.internal.SecurityConfiguration;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.management.VirtualThreadSchedulerMXBean;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** R4.3: however many logins arrive at once, no more password hashes run than there are cores. */
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
        var limited = new SecurityConfiguration.OneHashPerCore(slowHash, new Semaphore(2, true));
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<Boolean>>();
        try (var pool = Executors.newFixedThreadPool(32)) {
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

    @Test
    void aCarrierIsLeftForEveryHashThatMayRun() {
        SecurityConfiguration.carriersBesideHashes(2, 2);
        var scheduler = ManagementFactory.getPlatformMXBean(VirtualThreadSchedulerMXBean.class);
        assertThat(scheduler.getParallelism()).isGreaterThanOrEqualTo(4);
    }
}
