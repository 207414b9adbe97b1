package vn.lienthong.civilregistry.application;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Lets a committed new birth wake the worker at once instead of at its next poll. */
@Component
class PendingWakeUp {

    private final Semaphore signal = new Semaphore(0);

    /** Wakes the worker once the current transaction commits (at once outside a transaction). */
    void afterCommit() {
        RegistrationMetrics.afterCommit(this::wakeNow);
    }

    void wakeNow() {
        signal.release();
    }

    /** Waits until woken or {@code timeout} passes. */
    void await(Duration timeout) throws InterruptedException {
        if (signal.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            signal.drainPermits();
        }
    }
}
