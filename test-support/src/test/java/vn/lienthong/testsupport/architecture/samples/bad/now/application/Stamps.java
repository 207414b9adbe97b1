package vn.lienthong.testsupport.architecture.samples.bad.now.application;

import java.time.Instant;

/** Violates TIME_COMES_FROM_THE_CLOCK: the system's time, around the clock. */
public class Stamps {
    Instant stamp() {
        return Instant.now();
    }
}
