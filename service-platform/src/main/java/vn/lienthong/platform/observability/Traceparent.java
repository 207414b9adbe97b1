package vn.lienthong.platform.observability;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A W3C Trace Context {@code traceparent}: version 00, a trace ID and the caller's span ID. */
public record Traceparent(String traceId, String spanId) {

    private static final Pattern HEADER = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final String INVALID_TRACE = "0".repeat(32);
    private static final String INVALID_SPAN = "0".repeat(16);

    /** The parsed header, or a new trace when the header is absent or malformed. */
    public static Traceparent parseOrStart(@Nullable String header) {
        if (header != null) {
            var match = HEADER.matcher(header.trim());
            if (match.matches() && !match.group(1).equals(INVALID_TRACE) && !match.group(2).equals(INVALID_SPAN)) {
                return new Traceparent(match.group(1), match.group(2));
            }
        }
        return start();
    }

    public static Traceparent start() {
        return new Traceparent(randomHex(16), randomHex(8));
    }

    /** A new span in the same trace, for a message or call this span causes. */
    public Traceparent child() {
        return new Traceparent(traceId, randomHex(8));
    }

    public String header() {
        return "00-" + traceId + "-" + spanId + "-01";
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
