package com.partnerportal.university.internal;

import java.time.Instant;

/**
 * Where a learner stands with a course's quiz attempts (R5.6).
 *
 * @param left attempts left in the current round
 * @param nextRoundAt when a new round starts, if none is left now
 * @param orderSeed changes with every attempt claimed, so that the quiz is shown in another order after each
 */
public record QuizAttempts(int left, Instant nextRoundAt, long orderSeed) {

    public boolean exhausted() {
        return left == 0;
    }
}
