package com.partnerportal.shared;

import java.lang.management.ManagementFactory;
import jdk.management.VirtualThreadSchedulerMXBean;
import org.springframework.stereotype.Component;

/**
 * Twice as many virtual-thread carriers as cores, set as the application starts. With one carrier per core, a
 * request that became ready while every carrier was busy waited for one, though the operating system could have
 * shared the cores a few milliseconds at a time: the trivial endpoint's p99 fell 2.5 times with twice the carriers,
 * at the same throughput (docs/performance.md). A parallelism the operator set
 * ({@code -Djdk.virtualThreadScheduler.parallelism}) is kept.
 */
@Component
class VirtualThreadCarriers {

    VirtualThreadCarriers() {
        twicePerCore(Runtime.getRuntime().availableProcessors());
    }

    static void twicePerCore(int cores) {
        if (System.getProperty("jdk.virtualThreadScheduler.parallelism") != null) {
            return;
        }
        var scheduler = ManagementFactory.getPlatformMXBean(VirtualThreadSchedulerMXBean.class);
        if (scheduler.getParallelism() < 2 * cores) {
            scheduler.setParallelism(2 * cores);
        }
    }
}
