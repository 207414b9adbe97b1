package vn.lienthong.orchestrator.dossier;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import vn.lienthong.orchestrator.saga.Procedure;
import vn.lienthong.orchestrator.saga.Transition.Timer;
import vn.lienthong.platform.calendar.WorkingCalendar;

/**
 * Durable timers in PostgreSQL (db-scheduler): set in the same transaction as the state change that needs them,
 * they survive restarts, and each fires once across instances. A timer names its dossier, kind, step and day in its
 * instance ID, so setting the same timer twice is a no-op.
 */
@Component
class DossierTimers implements SmartLifecycle {

    /**
     * @param pollingInterval how often due timers are looked for
     * @param apologyLead how long before the due date begins the late-dossier check runs
     * @param deadlineOverride for demonstrations and tests only: supplement deadlines fire after this delay instead
     *     of at the end of their last working day
     */
    @ConfigurationProperties("lienthong.orchestrator.timers")
    record Settings(@DefaultValue("1s") Duration pollingInterval, @DefaultValue("9h") Duration apologyLead,
                    @Nullable Duration deadlineOverride) {
    }

    private static final String APOLOGY = "APOLOGY";

    private final OneTimeTask<Void> task;
    private final Scheduler scheduler;
    private final Settings settings;
    private volatile boolean running;

    DossierTimers(DataSource dataSource, Settings settings, ObjectProvider<DossierSaga> sagas) {
        this.settings = settings;
        this.task = Tasks.oneTime("dossier-timer").execute((instance, context) -> {
            String[] parts = instance.getId().split("/");
            UUID dossierId = UUID.fromString(parts[0]);
            if (parts[1].equals(APOLOGY)) {
                sagas.getObject().apologyDue(dossierId);
            } else {
                sagas.getObject().timerFired(dossierId, Timer.Kind.valueOf(parts[1]), Procedure.valueOf(parts[2]),
                        LocalDate.parse(parts[3]));
            }
        });
        // The proxy lets a timer be set inside the caller's transaction: it exists exactly if the change commits.
        this.scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), task)
                .pollingInterval(settings.pollingInterval())
                .threads(2)
                .build();
    }

    void set(UUID dossierId, Timer timer, Instant now) {
        Instant at = endOf(timer.lastDay());
        if (timer.kind() == Timer.Kind.SUPPLEMENT_DEADLINE && settings.deadlineOverride() != null) {
            at = now.plus(settings.deadlineOverride());
        }
        scheduler.scheduleIfNotExists(task.instance("%s/%s/%s/%s".formatted(dossierId, timer.kind(),
                timer.procedure(), timer.lastDay())), at);
    }

    /** The check before the due date: at {@code apologyLead} before the due day begins, or now if that has passed. */
    void setApology(UUID dossierId, LocalDate dueDate, Instant now) {
        Instant at = dueDate.atStartOfDay(WorkingCalendar.VIETNAM).toInstant().minus(settings.apologyLead());
        scheduler.scheduleIfNotExists(task.instance(dossierId + "/" + APOLOGY), at.isBefore(now) ? now : at);
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
