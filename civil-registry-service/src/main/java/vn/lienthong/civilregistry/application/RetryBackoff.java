package vn.lienthong.civilregistry.application;

import java.time.Duration;

/** Exponential backoff with a ceiling: the wait before the next call for a birth that failed {@code failures} times. */
record RetryBackoff(Duration initialInterval, Duration maxInterval) {

    Duration after(int failures) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        // Doubling past 2^20 would exceed any sensible ceiling; stop there to stay clear of overflow.
        Duration wait = initialInterval.multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(maxInterval) > 0 ? maxInterval : wait;
    }
}
