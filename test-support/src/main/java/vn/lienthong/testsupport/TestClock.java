package vn.lienthong.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of a service under test: real time plus an offset the test moves, in the zone of Viet Nam
 * (Asia/Ho_Chi_Minh), so {@code LocalDate.now(clock)} is the date the law counts days in.
 * {@link ServiceIntegrationTest} registers one as the context's only {@link Clock} bean (the platform's
 * {@code @ConditionalOnMissingBean} clock then backs off); a test gets it with {@code @Autowired TestClock clock},
 * moves it with {@link #advance(Duration)} and need not move it back: the harness calls {@link #reset()} after
 * every test method, since the context, and so the clock, is shared by every test class that uses it.
 *
 * <p>Time keeps running: a timer due in two days fires once the clock is advanced by two days and the service's
 * poller next looks. Only code that reads the injected clock sees the offset; the database's {@code now()} and the
 * broker's record timestamps stay on real time.
 */
public final class TestClock extends Clock {

    /** The zone of every service's clock. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock real;
    private final ZoneId zone;
    // Shared by every view withZone() hands out, so moving one moves them all.
    private final AtomicReference<Duration> offset;

    /** Real time (UTC system clock) in Viet Nam's zone, not moved. */
    public TestClock() {
        this(Clock.systemUTC(), VIETNAM, new AtomicReference<>(Duration.ZERO));
    }

    /** A clock on {@code real} (for unit tests of the clock itself, a fixed one) in Viet Nam's zone. */
    public TestClock(Clock real) {
        this(real, VIETNAM, new AtomicReference<>(Duration.ZERO));
    }

    private TestClock(Clock real, ZoneId zone, AtomicReference<Duration> offset) {
        this.real = real;
        this.zone = zone;
        this.offset = offset;
    }

    /** Moves the clock forward by {@code duration} (backward when it is negative); returns this clock. */
    public TestClock advance(Duration duration) {
        offset.accumulateAndGet(Objects.requireNonNull(duration), Duration::plus);
        return this;
    }

    /** Moves the clock so that it reads {@code instant} now; it runs on from there. */
    public TestClock moveTo(Instant instant) {
        offset.set(Duration.between(real.instant(), instant));
        return this;
    }

    /** Back to real time. */
    public TestClock reset() {
        offset.set(Duration.ZERO);
        return this;
    }

    /** How far the clock is ahead of real time (negative: behind). */
    public Duration offset() {
        return offset.get();
    }

    /** Today in Viet Nam by this clock. */
    public LocalDate today() {
        return LocalDate.now(this);
    }

    @Override
    public Instant instant() {
        return real.instant().plus(offset.get());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving clock seen in another zone: advancing either moves both. */
    @Override
    public TestClock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new TestClock(real, zone, offset);
    }

    @Override
    public String toString() {
        return "TestClock[" + zone + ", offset " + offset.get() + "]";
    }
}
