package com.partnerportal.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerportal.programme.CompanyLevelChanged.Change;
import com.partnerportal.programme.internal.Standing;
import com.partnerportal.programme.internal.Standing.Override;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R10.3 as a table of standings: upgrades at once, downgrades after the grace period, overrides until their end. */
class StandingTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-02");
    private static final int GRACE = 90;
    private static final LevelId REGISTERED = new LevelId(UUID.randomUUID());
    private static final LevelId SILVER = new LevelId(UUID.randomUUID());
    private static final LevelId GOLD = new LevelId(UUID.randomUUID());
    private static final LevelId RETIRED = new LevelId(UUID.randomUUID());
    private static final Map<LevelId, Integer> RANKS = Map.of(REGISTERED, 1, SILVER, 2, GOLD, 3, RETIRED, 0);

    @Test
    void aFirstComputationPlacesTheCompanyAtOnce() {
        var outcome = Standing.NEW.next(SILVER, TODAY, GRACE, RANKS::get);
        assertThat(outcome.standing()).isEqualTo(new Standing(SILVER, SILVER, null, false, null));
        assertThat(changes(outcome)).containsExactly(Change.REACHED);
    }

    @Test
    void anUpgradeIsImmediateAndCancelsAPendingDowngrade() {
        var pending = new Standing(SILVER, REGISTERED, TODAY.plusDays(30), false, null);
        var outcome = pending.next(GOLD, TODAY, GRACE, RANKS::get);
        assertThat(outcome.standing()).isEqualTo(new Standing(GOLD, GOLD, null, false, null));
        assertThat(changes(outcome)).containsExactly(Change.REACHED);
    }

    @Test
    void anEarnedDowngradeIsAnnouncedForTheEndOfTheGracePeriod() {
        var gold = new Standing(GOLD, GOLD, null, false, null);
        var outcome = gold.next(SILVER, TODAY, GRACE, RANKS::get);
        assertThat(outcome.standing()).isEqualTo(new Standing(GOLD, SILVER, TODAY.plusDays(90), false, null));
        assertThat(changes(outcome)).containsExactly(Change.DOWNGRADE_ANNOUNCED);
        assertThat(outcome.standing()
                        .next(SILVER, TODAY.plusDays(1), GRACE, RANKS::get)
                        .steps())
                .isEmpty();
    }

    @Test
    void theReminderGoesOnceFourteenDaysBeforeTheDay() {
        var pending = new Standing(GOLD, SILVER, TODAY.plusDays(15), false, null);
        assertThat(pending.next(SILVER, TODAY, GRACE, RANKS::get).steps()).isEmpty();
        var reminded = pending.next(SILVER, TODAY.plusDays(1), GRACE, RANKS::get);
        assertThat(changes(reminded)).containsExactly(Change.DOWNGRADE_REMINDED);
        assertThat(reminded.standing().reminded()).isTrue();
        assertThat(reminded.standing()
                        .next(SILVER, TODAY.plusDays(2), GRACE, RANKS::get)
                        .steps())
                .isEmpty();
    }

    @Test
    void theDowngradeTakesEffectOnItsDayToWhatIsEarnedThen() {
        var pending = new Standing(GOLD, SILVER, TODAY, true, null);
        var outcome = pending.next(REGISTERED, TODAY, GRACE, RANKS::get);
        assertThat(outcome.standing()).isEqualTo(new Standing(REGISTERED, REGISTERED, null, false, null));
        assertThat(outcome.steps()).containsExactly(new Standing.Step(Change.DOWNGRADED, GOLD, REGISTERED));
    }

    @Test
    void earningTheLevelBackDuringTheGracePeriodCancelsTheDowngrade() {
        var pending = new Standing(GOLD, SILVER, TODAY.plusDays(10), true, null);
        var outcome = pending.next(GOLD, TODAY, GRACE, RANKS::get);
        assertThat(outcome.standing()).isEqualTo(new Standing(GOLD, GOLD, null, false, null));
        assertThat(changes(outcome)).containsExactly(Change.DOWNGRADE_CANCELLED);
    }

    @Test
    void withoutAGracePeriodADowngradeIsImmediate() {
        var outcome = new Standing(GOLD, GOLD, null, false, null).next(SILVER, TODAY, 0, RANKS::get);
        assertThat(outcome.standing().inForce()).isEqualTo(SILVER);
        assertThat(changes(outcome)).containsExactly(Change.DOWNGRADED);
    }

    @Test
    void anOverrideHoldsUntilItsEndWhateverIsEarned() {
        var override = new Override(GOLD, "Strategic partner", TODAY.plusDays(30), "admin@sentinelone.example");
        var set = new Standing(REGISTERED, REGISTERED, null, false, null).overriddenBy(override);
        var outcome = set.next(REGISTERED, TODAY, GRACE, RANKS::get);
        assertThat(outcome.standing().inForce()).isEqualTo(GOLD);
        assertThat(changes(outcome)).containsExactly(Change.OVERRIDDEN);
        var lastDay = outcome.standing().next(REGISTERED, TODAY.plusDays(30), GRACE, RANKS::get);
        assertThat(lastDay.standing().inForce()).isEqualTo(GOLD);
        assertThat(lastDay.steps()).isEmpty();
    }

    @Test
    void theDayAfterItsEndTheOverrideGivesWayToTheEarnedLevelAtOnce() {
        var override = new Override(GOLD, "Launch", TODAY.minusDays(1), "admin@sentinelone.example");
        var outcome = new Standing(GOLD, REGISTERED, null, false, override).next(SILVER, TODAY, GRACE, RANKS::get);
        assertThat(outcome.standing()).isEqualTo(new Standing(SILVER, SILVER, null, false, null));
        assertThat(outcome.steps()).containsExactly(new Standing.Step(Change.OVERRIDE_ENDED, GOLD, SILVER));
    }

    @Test
    void endingAnOverrideByHandWorksTheSame() {
        var override = new Override(GOLD, "Launch", TODAY.plusDays(20), "admin@sentinelone.example");
        var ended = new Standing(GOLD, SILVER, null, false, override).overrideEndedBefore(TODAY);
        var outcome = ended.next(SILVER, TODAY, GRACE, RANKS::get);
        assertThat(outcome.standing().inForce()).isEqualTo(SILVER);
        assertThat(changes(outcome)).containsExactly(Change.OVERRIDE_ENDED);
    }

    @Test
    void aRetiredLevelInForceGivesWayAtOnce() {
        var outcome = new Standing(RETIRED, RETIRED, null, false, null).next(SILVER, TODAY, GRACE, RANKS::get);
        assertThat(outcome.standing().inForce()).isEqualTo(SILVER);
        assertThat(outcome.steps()).hasSize(1);
    }

    @Test
    void losingEveryLevelIsADowngradeToo() {
        var outcome = new Standing(SILVER, SILVER, null, false, null).next(null, TODAY, GRACE, RANKS::get);
        assertThat(outcome.standing()).isEqualTo(new Standing(SILVER, null, TODAY.plusDays(90), false, null));
    }

    @Test
    void nothingChangesWhenTheEarnedLevelIsTheOneInForce() {
        var gold = new Standing(GOLD, GOLD, null, false, null);
        var outcome = gold.next(GOLD, TODAY, GRACE, RANKS::get);
        assertThat(outcome.standing()).isEqualTo(gold);
        assertThat(outcome.steps()).isEmpty();
    }

    private static List<Change> changes(Standing.Outcome outcome) {
        return outcome.steps().stream().map(Standing.Step::change).toList();
    }
}
