package vn.lienthong.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TestClockUnitTest {

    // 2026-03-01 16:30 UTC is 23:30 in Hà Nội: one hour before the date changes there.
    private static final Instant LATE_EVENING = Instant.parse("2026-03-01T16:30:00Z");
    private final TestClock clock = new TestClock(Clock.fixed(LATE_EVENING, ZoneOffset.UTC));

    @Test
    void readsRealTimeInVietnamUntilMoved() {
        assertThat(clock.instant()).isEqualTo(LATE_EVENING);
        assertThat(clock.getZone()).isEqualTo(TestClock.VIETNAM);
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(new TestClock().instant()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(
                1, java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void advancesAndResets() {
        clock.advance(Duration.ofHours(1)).advance(Duration.ofMinutes(30));

        assertThat(clock.instant()).isEqualTo(LATE_EVENING.plus(Duration.ofMinutes(90)));
        assertThat(clock.today()).as("the date in Viet Nam has changed").isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(clock.millis()).isEqualTo(clock.instant().toEpochMilli());
        assertThat(clock.reset().instant()).isEqualTo(LATE_EVENING);
        assertThat(clock.offset()).isZero();
    }

    @Test
    void movesToAnInstantAndBackwards() {
        clock.moveTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));

        clock.reset().advance(Duration.ofDays(-1));
        assertThat(clock.instant()).isEqualTo(LATE_EVENING.minus(Duration.ofDays(1)));
    }

    @Test
    void aViewInAnotherZoneMovesWithIt() {
        TestClock utc = clock.withZone(ZoneOffset.UTC);
        clock.advance(Duration.ofDays(2));

        assertThat(utc.instant()).isEqualTo(clock.instant());
        assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.withZone(TestClock.VIETNAM)).isSameAs(clock);
    }
}
