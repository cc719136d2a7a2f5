package com.partnerportal.programme.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On every instance: every night a vendor-wide run is started (once, whichever instance is first,
 * R10.2), which also applies the downgrades and override ends whose day came (R10.3); every few
 * seconds the instance takes batches of whatever run is going, for at most a while, so that a
 * 100,000-company run is shared by the instances.
 */
@Component
class ProgrammeJobs {

    private static final Duration TURN = Duration.ofSeconds(20);

    private final Recomputations recomputations;
    private final LevelComputation computation;

    ProgrammeJobs(Recomputations recomputations, LevelComputation computation) {
        this.recomputations = recomputations;
        this.computation = computation;
    }

    @Scheduled(cron = "${portal.programme.nightly:0 30 2 * * *}", zone = "UTC")
    void nightly() {
        recomputations.startNightly(computation.today());
    }

    @Scheduled(
            fixedDelayString = "${portal.programme.recompute-poll:PT2S}",
            initialDelayString = "${portal.programme.recompute-first-poll:PT20S}")
    void advance() {
        Instant until = Instant.now().plus(TURN);
        while (Instant.now().isBefore(until) && recomputations.advance()) {
            // batch after batch, each its own transaction
        }
    }
}
