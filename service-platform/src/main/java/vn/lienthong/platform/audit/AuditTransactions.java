package vn.lienthong.platform.audit;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts the audit record of a request into the transaction of the change it records: when a request being audited
 * begins a read-write transaction, the record is appended just before that transaction commits, so the change
 * and its record commit together or not at all.
 */
final class AuditTransactions implements TransactionExecutionListener {

    private final AuditLog log;
    private final Clock clock;

    AuditTransactions(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
        if (beginFailure != null || !transaction.isNewTransaction() || transaction.isReadOnly()
                || !AuditFilter.auditing() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                AuditFilter.recordWithin(log, clock);
            }

            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    AuditFilter.rolledBack();
                }
            }
        });
    }
}
