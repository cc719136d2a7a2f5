package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import jdk.management.VirtualThreadSchedulerMXBean;
import org.junit.jupiter.api.Test;

class VirtualThreadCarriersTest {

    @Test
    void twiceAsManyCarriersAsCores() {
        VirtualThreadCarriers.twicePerCore(2);
        var scheduler = ManagementFactory.getPlatformMXBean(VirtualThreadSchedulerMXBean.class);
        assertThat(scheduler.getParallelism()).isGreaterThanOrEqualTo(4);
    }
}
