package vn.lienthong.civilregistry.registration;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.civilregistry.populationregistry.Allocation;
import vn.lienthong.civilregistry.populationregistry.PersonalIdAllocator;
import vn.lienthong.contracts.Topics;
import vn.lienthong.platform.messaging.Outbox;
import vn.lienthong.platform.observability.Correlation;

/**
 * Completes the births awaiting their personal ID number, one at a time, each in one transaction that holds
 * the birth's queue row while the population registry is called. That transaction either registers the birth
 * and appends {@code BirthRegistered} (or a refusal), or, when the registry is away, only postpones the next
 * call with exponential backoff; a crash mid-call rolls it back and the birth is simply due again. The
 * idempotency key makes every repeated call return the same number.
 *
 * <p>Why not db-scheduler: the queue row is the domain's own state (a cancellation removes it, duplicates are
 * checked against it, replies depend on it), so it has to change in the same transaction as the command and
 * the outbox; a scheduler's task table would be a second copy of it, and its running executions cannot be
 * cancelled atomically. Holding a connection during the call costs one pooled connection, bounded by the
 * client's timeouts and attempts, and in return a cancellation waits for the call instead of racing it.
 */
@Component
class PendingRegistrationWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PendingRegistrationWorker.class);

    enum Outcome { IDLE, DONE, REGISTRY_UNAVAILABLE }

    private final PendingRegistrations pending;
    private final BirthRegistrar registrar;
    private final PersonalIdAllocator allocator;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final PendingWakeUp wakeUp;
    private final RetryBackoff backoff;
    private final Duration pollInterval;
    private volatile boolean running;
    private @Nullable Thread thread;

    PendingRegistrationWorker(PendingRegistrations pending, BirthRegistrar registrar, PersonalIdAllocator allocator,
                              Outbox outbox, TransactionTemplate transactions, PendingWakeUp wakeUp,
                              RegistrationProperties properties) {
        this.pending = pending;
        this.registrar = registrar;
        this.allocator = allocator;
        this.outbox = outbox;
        this.transactions = transactions;
        this.wakeUp = wakeUp;
        var retry = properties.pendingRetry();
        this.backoff = new RetryBackoff(retry.initialInterval(), retry.maxInterval());
        this.pollInterval = retry.pollInterval();
    }

    /** Works on the next due birth, if any. */
    Outcome processNext() {
        return transactions.execute(status -> pending.lockNextDue().map(birth -> {
            try (var trace = Correlation.continueTrace(birth.traceparent());
                 var dossier = Correlation.dossier(birth.dossierId())) {
                var child = birth.declaration().requiredChild();
                Allocation allocation = allocator.allocate(birth.allocationKey(), birth.provinceCode(), child.fullName(),
                        child.sex(), child.dateOfBirth());
                if (allocation instanceof Allocation.Unavailable unavailable) {
                    Duration wait = backoff.after(birth.attempts() + 1);
                    pending.postpone(birth.dossierId(), wait, unavailable.reason());
                    log.info("Population registry unavailable ({}); birth retried in {} (attempt {})",
                            unavailable.reason(), wait, birth.attempts() + 1);
                    return Outcome.REGISTRY_UNAVAILABLE;
                }
                outbox.append(Topics.CIVIL_REGISTRY_EVENTS, registrar.complete(birth, allocation));
                return Outcome.DONE;
            }
        }).orElse(Outcome.IDLE));
    }

    private void run() {
        while (running) {
            try {
                // Keep going while there is work; when the registry is away the others would fail alike, so wait.
                if (processNext() != Outcome.DONE) {
                    wakeUp.await(pollInterval);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Births awaiting a personal ID number could not be worked on; trying again shortly", e);
                try {
                    wakeUp.await(pollInterval);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name("civil-registry-pending-births").daemon().start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        wakeUp.now();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
