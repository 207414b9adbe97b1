package vn.lienthong.testsupport.architecture.samples.bad.now.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/** Violates TIME_COMES_FROM_THE_CLOCK: now in a zone is still the system's time. */
public final class Today {
    static LocalDate inVietnam() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
