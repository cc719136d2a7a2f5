package com.partnerportal.programme.internal;

import com.partnerportal.programme.CompanyLevelChanged.Change;
import com.partnerportal.programme.LevelId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * A company's place in the programme (R10.2, R10.3): the level in force, the level its facts earn,
 * a downgrade waiting for its day, and the vendor's override until its end. {@link #next} is the
 * whole rule of how one becomes the other; it is pure, so a table tests it.
 *
 * @param inForce the level whose benefits apply, or null below every level
 * @param downgradeOn the day the level in force falls to the earned one, when a downgrade is pending
 * @param reminded whether the reminder before that day went out
 */
public record Standing(LevelId inForce, LevelId earned, LocalDate downgradeOn, boolean reminded, Override override) {

    /** Days before a downgrade's day that its reminder goes out (R10.3). */
    public static final int REMINDER_DAYS = 14;

    public static final Standing NEW = new Standing(null, null, null, false, null);

    /** A level set by hand, with a reason, until a day included (R10.3). */
    public record Override(LevelId level, String reason, LocalDate until, String by) {

        public boolean activeOn(LocalDate day) {
            return !day.isAfter(until);
        }
    }

    /** One thing that happened to the standing, from one level to another. */
    public record Step(Change change, LevelId from, LevelId to) {}

    /** The standing after {@link #next}, and what happened on the way. */
    public record Outcome(Standing standing, List<Step> steps) {

        public boolean changed(Standing before) {
            return !standing.equals(before);
        }
    }

    /**
     * The standing once the facts earn {@code earned} on {@code today}. An upgrade is immediate; a
     * downgrade is announced and takes effect {@code graceDays} later unless the company earns its
     * level back meanwhile; an override holds until its end, then the earned level applies at once;
     * a level in force that was retired gives way to the earned one at once.
     *
     * @param rank a level's place in the order (1 = lowest); 0 for a retired or unknown one
     */
    public Outcome next(LevelId earnedNow, LocalDate today, int graceDays, ToIntFunction<LevelId> rank) {
        var steps = new ArrayList<Step>();
        Override keptOverride = override;
        boolean overrideEnded = false;
        if (override != null && !override.activeOn(today)) {
            keptOverride = null;
            overrideEnded = true;
        }
        if (keptOverride != null) {
            LevelId level = keptOverride.level();
            if (!Objects.equals(level, inForce)) {
                steps.add(new Step(Change.OVERRIDDEN, inForce, level));
            }
            return new Outcome(new Standing(level, earnedNow, null, false, keptOverride), steps);
        }
        int held = rankOf(inForce, rank);
        int earnedRank = rankOf(earnedNow, rank);
        boolean inForceGone = inForce != null && held == 0;
        if (overrideEnded) {
            steps.add(new Step(Change.OVERRIDE_ENDED, inForce, earnedNow));
            return new Outcome(new Standing(earnedNow, earnedNow, null, false, null), steps);
        }
        if (earnedRank > held || inForceGone) {
            if (!Objects.equals(earnedNow, inForce)) {
                steps.add(new Step(earnedRank > held ? Change.REACHED : Change.DOWNGRADED, inForce, earnedNow));
            }
            return new Outcome(new Standing(earnedNow, earnedNow, null, false, null), steps);
        }
        if (earnedRank == held) {
            if (downgradeOn != null) {
                steps.add(new Step(Change.DOWNGRADE_CANCELLED, inForce, inForce));
            }
            return new Outcome(new Standing(inForce, earnedNow, null, false, null), steps);
        }
        LocalDate day = downgradeOn;
        boolean remindedNow = reminded;
        if (day == null) {
            day = today.plusDays(graceDays);
            remindedNow = false;
            if (graceDays > 0) {
                steps.add(new Step(Change.DOWNGRADE_ANNOUNCED, inForce, earnedNow));
            }
        }
        if (!today.isBefore(day)) {
            steps.add(new Step(Change.DOWNGRADED, inForce, earnedNow));
            return new Outcome(new Standing(earnedNow, earnedNow, null, false, null), steps);
        }
        if (!remindedNow && graceDays > REMINDER_DAYS && !today.isBefore(day.minusDays(REMINDER_DAYS))) {
            remindedNow = true;
            steps.add(new Step(Change.DOWNGRADE_REMINDED, inForce, earnedNow));
        }
        return new Outcome(new Standing(inForce, earnedNow, day, remindedNow, null), steps);
    }

    /** The same standing with a level set by hand, which holds from now until its end. */
    public Standing overriddenBy(Override newOverride) {
        return new Standing(inForce, earned, downgradeOn, reminded, newOverride);
    }

    /** The same standing with its override ended yesterday: the earned level applies at the next computation. */
    public Standing overrideEndedBefore(LocalDate today) {
        return override == null
                ? this
                : overriddenBy(new Override(override.level(), override.reason(), today.minusDays(1), override.by()));
    }

    private static int rankOf(LevelId level, ToIntFunction<LevelId> rank) {
        return level == null ? 0 : rank.applyAsInt(level);
    }
}
