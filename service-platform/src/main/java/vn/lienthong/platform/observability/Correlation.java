package vn.lienthong.platform.observability;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * What the current thread is working on: the trace it continues and the dossier it touches. Both
 * go into the logging MDC ({@code traceId}, {@code dossierId}); neither is personal data.
 */
public final class Correlation {

    public static final String TRACE_ID = "traceId";
    public static final String DOSSIER_ID = "dossierId";

    private static final ThreadLocal<Traceparent> current = new ThreadLocal<>();

    private Correlation() {
    }

    /** Continues the trace of an incoming request or message until the scope closes. */
    public static Scope continueTrace(@Nullable String traceparentHeader) {
        Traceparent previous = current.get();
        Traceparent trace = Traceparent.parseOrStart(traceparentHeader);
        current.set(trace);
        MDC.put(TRACE_ID, trace.traceId());
        return () -> {
            if (previous == null) {
                current.remove();
                MDC.remove(TRACE_ID);
            } else {
                current.set(previous);
                MDC.put(TRACE_ID, previous.traceId());
            }
        };
    }

    /** Puts the dossier ID in the MDC until the scope closes. */
    public static Scope dossier(UUID dossierId) {
        String previous = MDC.get(DOSSIER_ID);
        MDC.put(DOSSIER_ID, dossierId.toString());
        return () -> {
            if (previous == null) {
                MDC.remove(DOSSIER_ID);
            } else {
                MDC.put(DOSSIER_ID, previous);
            }
        };
    }

    /** The traceparent for a message sent now: a child of the current trace, or a new trace. */
    public static Traceparent outgoing() {
        Traceparent trace = current.get();
        return trace == null ? Traceparent.start() : trace.child();
    }

    /** A correlation scope; closing it restores what was there before. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
