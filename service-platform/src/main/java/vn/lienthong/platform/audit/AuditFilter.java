package vn.lienthong.platform.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import vn.lienthong.platform.observability.Correlation;
import vn.lienthong.platform.security.Caller;

/**
 * Audits every {@code /api} request of a signed-in caller and every refused one. A request that changes state gets
 * its record inside the transaction of the change ({@link AuditTransactions}); anything else — a read, a refusal,
 * a change rolled back — gets it here after the answer is known, in a transaction of its own.
 */
public final class AuditFilter extends OncePerRequestFilter {

    private static final ThreadLocal<Pending> pending = new ThreadLocal<>();
    private static final int MAX_TEXT = 300;

    private final AuditLog log;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditFilter(AuditLog log, PlatformTransactionManager transactions, Clock clock) {
        this.log = log;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The request being audited on this thread: recorded once. */
    static final class Pending {
        final HttpServletRequest request;
        boolean recorded;
        @Nullable String resource;

        Pending(HttpServletRequest request) {
            this.request = request;
        }
    }

    /** Names the resource a request acted on, where its path does not (e.g. the code of a dossier just filed). */
    public static void resource(String resource) {
        Pending current = pending.get();
        if (current != null) {
            current.resource = resource;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Pending current = new Pending(request);
        pending.set(current);
        try {
            chain.doFilter(request, response);
        } finally {
            pending.remove();
            if (!current.recorded) {
                recordAfterwards(current, response.getStatus());
            }
        }
    }

    /** Called by {@link AuditTransactions} just before a transaction of this request commits. */
    static void recordWithin(AuditLog log, Clock clock) {
        Pending current = pending.get();
        Caller caller = Caller.current();
        if (current == null || current.recorded || caller == null) {
            return;
        }
        log.append(record(current, caller, AuditRecord.Outcome.SUCCEEDED, clock));
        current.recorded = true;
    }

    /** Called by {@link AuditTransactions} when that transaction did not commit after all. */
    static void rolledBack() {
        Pending current = pending.get();
        if (current != null) {
            current.recorded = false;
        }
    }

    static boolean auditing() {
        Pending current = pending.get();
        return current != null && !current.recorded;
    }

    private void recordAfterwards(Pending current, int status) {
        Caller caller = Caller.current();
        AuditRecord.Outcome outcome = AuditRecord.Outcome.of(status);
        boolean refusedAccess = outcome == AuditRecord.Outcome.UNAUTHENTICATED || outcome == AuditRecord.Outcome.FORBIDDEN;
        if (caller == null && !refusedAccess) {
            return; // a public endpoint used anonymously: nothing personal was read
        }
        Caller who = caller != null ? caller
                : new Caller(Caller.ANONYMOUS, java.util.Set.of(), null, null, null);
        ownTransaction.executeWithoutResult(status2 -> log.append(record(current, who, outcome, clock)));
    }

    private static AuditRecord record(Pending current, Caller caller, AuditRecord.Outcome outcome, Clock clock) {
        HttpServletRequest request = current.request;
        Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String path = request.getRequestURI();
        String action = request.getMethod() + " " + (route != null ? route : path);
        String resource = current.resource != null ? current.resource : path;
        return AuditRecord.unchained(clock.instant(), caller.username(),
                caller.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                caller.unitCode(), caller.clientId(), bounded(action), bounded(resource), outcome,
                MDC.get(Correlation.TRACE_ID));
    }

    private static String bounded(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }
}
