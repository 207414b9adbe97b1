package vn.lienthong.delivery.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.delivery.config.DeliverySettings;
import vn.lienthong.delivery.domain.tracking.S10;
import vn.lienthong.delivery.domain.tracking.TrackingNumber;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TestClock;

/** DESIGN.md rule 8 on real PostgreSQL: unique under concurrency, never reused within 12 months. */
@ServiceIntegrationTest
class TrackingNumberAllocationIT {

    @Autowired TrackingNumbers trackingNumbers;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired TestClock clock;

    @Test
    void concurrentAllocationsNeverShareANumber() throws Exception {
        int threads = 8;
        int each = 25;
        var ready = new CountDownLatch(threads);
        List<Future<List<String>>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                Callable<List<String>> allocator = () -> {
                    ready.countDown();
                    ready.await();
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(transactions.execute(status -> trackingNumbers.issue().value()));
                    }
                    return mine;
                };
                results.add(pool.submit(allocator));
            }
            List<String> all = new ArrayList<>();
            for (var result : results) {
                all.addAll(result.get());
            }

            assertThat(all).hasSize(threads * each).doesNotHaveDuplicates()
                    .allSatisfy(number -> assertThat(S10.isValid(number)).as(number).isTrue())
                    .allSatisfy(number -> assertThat(number).startsWith("RR").endsWith("VN"));
        }
    }

    @Test
    void afterTheSerialsWrapAroundOnesIssuedInTheLast12MonthsAreSkippedAndOlderOnesIssuedAgain() {
        var numbers = withPrefix("ZZ");
        issuedMonthsAgo("ZZ", 1, 1);
        issuedMonthsAgo("ZZ", 2, 11);
        issuedMonthsAgo("ZZ", 3, 13);
        wrapAroundNext();

        TrackingNumber reissued = transactions.execute(status -> numbers.issue());
        TrackingNumber next = transactions.execute(status -> numbers.issue());

        assertThat(reissued).isEqualTo(TrackingNumber.issue("ZZ", 3));
        assertThat(next).isEqualTo(TrackingNumber.issue("ZZ", 4));
        assertThat(jdbc.sql("select issued_at > now() - interval '1 minute' from tracking_number "
                + "where prefix = 'ZZ' and serial = 3").query(Boolean.class).single()).isTrue();
    }

    @Test
    void aLongRunOfRecentSerialsIsSkippedInOneJump() {
        var numbers = withPrefix("ZY");
        jdbc.sql("insert into tracking_number (prefix, serial, issued_at) "
                + "select 'ZY', s, now() - interval '2 months' from generate_series(1, 5000) s").update();
        wrapAroundNext();

        TrackingNumber issued = transactions.execute(status -> numbers.issue());

        assertThat(issued).isEqualTo(TrackingNumber.issue("ZY", 5001));
    }

    @Test
    void theTwelveMonthsCountByTheServicesClock() {
        var numbers = withPrefix("ZX");
        wrapAroundNext();
        TrackingNumber first = transactions.execute(status -> numbers.issue());
        clock.advance(Duration.ofDays(370));
        wrapAroundNext();

        TrackingNumber again = transactions.execute(status -> numbers.issue());

        assertThat(first).isEqualTo(TrackingNumber.issue("ZX", 1));
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aRolledBackAllocationLeavesNoIssuedRecord() {
        long before = jdbc.sql("select count(*) from tracking_number").query(Long.class).single();

        transactions.executeWithoutResult(status -> {
            trackingNumbers.issue();
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from tracking_number").query(Long.class).single()).isEqualTo(before);
    }

    private TrackingNumbers withPrefix(String prefix) {
        return new TrackingNumbers(jdbc, clock, new DeliverySettings(false, Duration.ofSeconds(2),
                new DeliverySettings.Tracking(prefix), 3, new DeliverySettings.CommuneStaff(1),
                new DeliverySettings.Rates(java.math.BigDecimal.ONE, java.math.BigDecimal.ONE, java.math.BigDecimal.ONE),
                List.of()));
    }

    private void issuedMonthsAgo(String prefix, int serial, int months) {
        jdbc.sql("insert into tracking_number (prefix, serial, issued_at) values (?, ?, now() - make_interval(months => ?))")
                .params(prefix, serial, months).update();
    }

    /** The sequence at its last value: the next serial is the first again. */
    private void wrapAroundNext() {
        jdbc.sql("select setval('tracking_serial', ?)").param(S10.MAX_SERIAL).query(Long.class).single();
    }
}
