package com.partnerportal.university.internal;

import java.time.Duration;

/**
 * How often a learner may take a course's quiz (R5.6): a few attempts, then a cool-down before
 * the next round, so that a certificate cannot be had by trying every combination of answers.
 *
 * @param attempts attempts in a round, 1 to 20
 * @param cooldownHours hours after the last attempt of a round before the next round, 0 to 720
 */
public record QuizPolicy(int attempts, int cooldownHours) {

    public static final QuizPolicy DEFAULT = new QuizPolicy(3, 24);

    public QuizPolicy {
        if (attempts < 1 || attempts > 20) {
            throw new IllegalArgumentException("A quiz allows 1 to 20 attempts in a round");
        }
        if (cooldownHours < 0 || cooldownHours > 720) {
            throw new IllegalArgumentException("A quiz cool-down is 0 to 720 hours");
        }
    }

    public Duration cooldown() {
        return Duration.ofHours(cooldownHours);
    }
}
