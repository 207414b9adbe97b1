package vn.lienthong.platform.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;

/** Header names of the CloudEvents Kafka protocol binding (binary mode), plus W3C {@code traceparent}. */
public final class CloudEventHeaders {
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** The last value of the header as text, or null when absent. */
    public static @Nullable String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
