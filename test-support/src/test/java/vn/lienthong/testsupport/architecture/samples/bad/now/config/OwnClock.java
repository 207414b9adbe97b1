package vn.lienthong.testsupport.architecture.samples.bad.now.config;

import java.time.Clock;

/** Violates TIME_COMES_FROM_THE_CLOCK: a clock of its own instead of the platform's bean. */
public class OwnClock {
    Clock clock() {
        return Clock.systemUTC();
    }
}
