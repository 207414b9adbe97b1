package vn.lienthong.orchestrator.application;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.Waiter;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import vn.lienthong.orchestrator.domain.Procedure;
import vn.lienthong.orchestrator.domain.Transition.Timer;
import vn.lienthong.platform.calendar.WorkingCalendar;
import vn.lienthong.platform.domain.DossierId;

/**
 * Durable timers in PostgreSQL (db-scheduler): set in the same transaction as the state change that needs them,
 * they survive restarts, and each fires once across instances. A timer names its dossier, kind, step and day in its
 * instance ID, so setting the same timer twice is a no-op. Whether a timer is due is judged by the injected clock
 * (only the polling runs in real time), so a test that moves the clock past a deadline sees its timer fire.
 */
public class DossierTimers implements SmartLifecycle {

    private static final String APOLOGY = "APOLOGY";

    private final OneTimeTask<Void> task;
    private final Scheduler scheduler;
    private final Duration apologyLead;
    private volatile boolean running;

    /**
     * @param pollingInterval how often due timers are looked for
     * @param apologyLead how long before the due date begins the late-dossier check runs
     */
    public DossierTimers(DataSource dataSource, Duration pollingInterval, Duration apologyLead, Clock clock,
                         ObjectProvider<DossierSaga> sagas) {
        this.apologyLead = apologyLead;
        this.task = Tasks.oneTime("dossier-timer").execute((instance, context) -> {
            String[] parts = instance.getId().split("/");
            DossierId dossierId = DossierId.of(UUID.fromString(parts[0]));
            if (parts[1].equals(APOLOGY)) {
                sagas.getObject().apologyDue(dossierId);
            } else {
                sagas.getObject().timerFired(dossierId, Timer.Kind.valueOf(parts[1]), Procedure.valueOf(parts[2]),
                        LocalDate.parse(parts[3]));
            }
        });
        // The proxy lets a timer be set inside the caller's transaction: it exists exactly if the change commits.
        this.scheduler = new SchedulerBuilder(new TransactionAwareDataSourceProxy(dataSource), List.of(task)) {
                    // The clock says which timers are due; the poller waits between looks in real time, so a
                    // clock moved back (a test resetting it) cannot stall it until the clock catches up.
                    @Override
                    protected Waiter buildWaiter() {
                        return new Waiter(poolingInterval);
                    }
                }
                .clock(clock::instant)
                .pollingInterval(pollingInterval)
                .threads(2)
                // On shutdown a timer still running is abandoned after a few seconds: its transaction rolls back
                // and the timer, still due, runs again at the next start (db-scheduler's default wait is 30 min).
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    /** At the end of the timer's last day, Viet Nam time. */
    void set(DossierId dossierId, Timer timer) {
        scheduler.scheduleIfNotExists(task.instance("%s/%s/%s/%s".formatted(dossierId.value(), timer.kind(),
                timer.procedure(), timer.lastDay())), endOf(timer.lastDay()));
    }

    /** The check before the due date: at {@code apologyLead} before the due day begins, or now if that has passed. */
    void setApology(DossierId dossierId, LocalDate dueDate, Instant now) {
        Instant at = dueDate.atStartOfDay(WorkingCalendar.VIETNAM).toInstant().minus(apologyLead);
        scheduler.scheduleIfNotExists(task.instance(dossierId.value() + "/" + APOLOGY), at.isBefore(now) ? now : at);
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(WorkingCalendar.VIETNAM).toInstant();
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        scheduler.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
