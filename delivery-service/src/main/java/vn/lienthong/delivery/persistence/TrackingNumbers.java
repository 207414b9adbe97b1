package vn.lienthong.delivery.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.delivery.config.DeliverySettings;
import vn.lienthong.delivery.domain.tracking.S10;
import vn.lienthong.delivery.domain.tracking.TrackingNumber;

/**
 * Issues UPU S10 tracking numbers (DESIGN.md rule 8): the configured service prefix, a serial from a database
 * sequence, the check digit, {@code VN}. Concurrent callers never share a serial (the sequence), and a serial
 * issued in the last 12 months is never issued again (the primary key of {@code tracking_number}, whose row an
 * insert may only take over when it is older than that); after the sequence wraps, recent serials are skipped.
 */
@Component
public class TrackingNumbers {

    /** Each skip jumps over a whole run of recent serials, so a handful of rounds always suffices. */
    private static final int MAX_ROUNDS = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String prefix;

    TrackingNumbers(JdbcClient jdbc, Clock clock, DeliverySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.prefix = settings.tracking().prefix();
    }

    /** The next tracking number, recorded as issued in the caller's transaction (gone again if it rolls back). */
    @Transactional(propagation = Propagation.MANDATORY)
    public TrackingNumber issue() {
        // The 12 months count by the service's clock, like every other date it keeps.
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int serial = jdbc.sql("select nextval('tracking_serial')::integer").query(Integer.class).single();
            boolean issued = jdbc.sql("""
                            insert into tracking_number (prefix, serial, issued_at) values (:prefix, :serial, :now)
                            on conflict (prefix, serial) do update set issued_at = excluded.issued_at
                            where tracking_number.issued_at < excluded.issued_at - interval '12 months'""")
                    .param("prefix", prefix).param("serial", serial).param("now", now)
                    .update() == 1;
            if (issued) {
                return TrackingNumber.issue(prefix, serial);
            }
            skipRecentSerialsAfter(serial, now);
        }
        throw new IllegalStateException("no S10 serial free of the 12-month reuse rule was found");
    }

    /**
     * Moves the sequence to the first serial above {@code serial} not issued in the last 12 months: either the next
     * one, or the one right after some issued serial. With none left above, the sequence cycles to the start.
     * Racing callers may move it back a little; the insert above still refuses every recent serial.
     */
    private void skipRecentSerialsAfter(int serial, OffsetDateTime now) {
        @Nullable Integer free = jdbc.sql("""
                        select min(candidate) from (
                            select serial + 1 as candidate from tracking_number where prefix = :prefix and serial >= :serial
                            union all select :serial + 1) candidates
                        where candidate <= :max and not exists (
                            select 1 from tracking_number recent
                            where recent.prefix = :prefix and recent.serial = candidates.candidate
                              and recent.issued_at >= cast(:now as timestamptz) - interval '12 months')""")
                .param("prefix", prefix).param("serial", serial).param("max", S10.MAX_SERIAL).param("now", now)
                .query(Integer.class).optional().orElse(null);
        jdbc.sql("select setval('tracking_serial', :last)").param("last", free == null ? S10.MAX_SERIAL : free - 1)
                .query(Long.class).single();
    }
}
