package vn.lienthong.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One audit record. {@code hash} is the SHA-256 of every other field, {@code previousHash} included, so each
 * record vouches for the whole chain before it.
 *
 * @param action the HTTP method and route, e.g. {@code POST /api/v1/residence-applications/{id}/decision}
 * @param resource the path of the resource acted on (never personal data: URLs carry none)
 */
public record AuditRecord(long seq, Instant occurredAt, String username, String roles, @Nullable String unitCode,
                          @Nullable String clientId, String action, String resource, Outcome outcome,
                          @Nullable String traceId, @Nullable String previousHash, String hash) {

    public enum Outcome {
        SUCCEEDED, REFUSED, UNAUTHENTICATED, FORBIDDEN, FAILED;

        static Outcome of(int httpStatus) {
            if (httpStatus == 401) {
                return UNAUTHENTICATED;
            }
            if (httpStatus == 403) {
                return FORBIDDEN;
            }
            if (httpStatus >= 500) {
                return FAILED;
            }
            return httpStatus >= 400 ? REFUSED : SUCCEEDED;
        }
    }

    /** A record to append: the chain position and hashes come from {@link #chained}. */
    public static AuditRecord unchained(Instant occurredAt, String username, String roles, @Nullable String unitCode,
                                        @Nullable String clientId, String action, String resource, Outcome outcome,
                                        @Nullable String traceId) {
        // PostgreSQL keeps microseconds: hash what will be read back.
        return new AuditRecord(0, occurredAt.truncatedTo(ChronoUnit.MICROS), username, roles, unitCode, clientId,
                action, resource, outcome, traceId, null, "");
    }

    AuditRecord chained(long seq, @Nullable String previousHash) {
        AuditRecord positioned = new AuditRecord(seq, occurredAt, username, roles, unitCode, clientId, action,
                resource, outcome, traceId, previousHash, "");
        return new AuditRecord(seq, occurredAt, username, roles, unitCode, clientId, action, resource, outcome,
                traceId, previousHash, positioned.computeHash());
    }

    /** Whether the stored hash is the hash of the stored fields. */
    boolean intact() {
        return hash.equals(computeHash());
    }

    String computeHash() {
        // Fields separated by U+001F; a missing one is U+0000, which PostgreSQL text can never hold.
        String content = Stream.of(Long.toString(seq), occurredAt.toString(), username, roles, unitCode, clientId,
                        action, resource, outcome.name(), traceId, previousHash)
                .map(field -> field == null ? "\u0000" : field)
                .collect(Collectors.joining("\u001f"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
