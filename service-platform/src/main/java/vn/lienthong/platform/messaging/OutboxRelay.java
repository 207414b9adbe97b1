package vn.lienthong.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the outbox to Kafka. It sleeps on PostgreSQL LISTEN/NOTIFY, so a committed message is
 * sent within milliseconds, and looks anyway every {@code idlePoll} in case a notification was
 * missed. It sends whole batches asynchronously (the idempotent producer keeps per-partition order)
 * and deletes rows only once the broker has acknowledged them: a crash in between re-sends, and
 * the consumers' inbox makes that harmless. A message the broker refuses for good (too large, bad
 * topic) is parked (kept, with the reason) so it cannot block the ones behind it.
 *
 * <p>Only one relay per database publishes at a time (a session advisory lock), so messages
 * leave in the order they were written even with several replicas of a service.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long LEADER_LOCK = 0x6f7574626f78L; // "outbox"
    /** How long a stopping relay keeps sending what is left. */
    private static final Duration FINAL_DRAIN = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final KafkaTemplate<String, byte[]> kafka;
    private final MessagingProperties.Relay settings;
    private final String source;
    private final MeterRegistry meters;
    private final Counter failures;
    private final Timer latency;

    private volatile boolean running;
    private @Nullable Thread worker;

    OutboxRelay(MessagingSchema schema, DataSource dataSource, JdbcClient jdbc, KafkaTemplate<String, byte[]> kafka,
                MessagingProperties properties, String applicationName, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.settings = properties.relay();
        this.source = "urn:lienthong:" + applicationName;
        this.meters = meters;
        this.failures = Counter.builder("outbox.relay.failures")
                .description("Relay rounds that failed (broker or database away); they are retried")
                .register(meters);
        this.latency = Timer.builder("outbox.messages.latency")
                .description("Time from a message's commit to the broker's acknowledgement")
                .publishPercentileHistogram()
                .register(meters);
        Gauge.builder("outbox.messages.pending", this, OutboxRelay::pending)
                .description("Messages written but not yet acknowledged by the broker")
                .register(meters);
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            try {
                worker.join(settings.idlePoll().plus(FINAL_DRAIN).plusSeconds(5).toMillis());
                worker.interrupt();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Stops after the Kafka listener containers (phase MAX-100) and the web server's graceful
     * shutdown (MAX-1024), so what they commit while draining is still sent before the JVM exits.
     */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1025;
    }

    long pending() {
        try {
            Long count = jdbc.sql("select count(*) from messaging.outbox where parked_at is null")
                    .query(Long.class).single();
            return count == null ? 0 : count;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private void run() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try (Connection listener = dataSource.getConnection()) {
                try {
                    listenAndPublish(listener);
                } finally {
                    release(listener);
                }
                backoff = Duration.ofMillis(100);
            } catch (Exception e) {
                failures.increment();
                log.warn("Outbox relay could not publish ({}); retrying in {} ms", e.toString(), backoff.toMillis());
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
            }
        }
    }

    private void listenAndPublish(Connection listener) throws Exception {
        listener.setAutoCommit(true);
        try (Statement statement = listener.createStatement()) {
            statement.execute("listen " + Outbox.CHANNEL);
        }
        PGConnection notifications = listener.unwrap(PGConnection.class);
        boolean leader = false;
        while (running) {
            if (!leader) {
                leader = tryLeadership(listener);
            }
            if (leader) {
                publishAll(() -> running);
            }
            notifications.getNotifications((int) settings.idlePoll().toMillis());
        }
        if (leader) {
            Instant deadline = Instant.now().plus(FINAL_DRAIN);
            publishAll(() -> Instant.now().isBefore(deadline));
        }
    }

    private static boolean tryLeadership(Connection listener) throws Exception {
        try (Statement statement = listener.createStatement();
             var result = statement.executeQuery("select pg_try_advisory_lock(" + LEADER_LOCK + ")")) {
            return result.next() && result.getBoolean(1);
        }
    }

    /** A pooled connection must go back without our LISTEN and lock, or the next borrower inherits them. */
    private static void release(Connection listener) {
        try (Statement statement = listener.createStatement()) {
            statement.execute("unlisten *");
            statement.execute("select pg_advisory_unlock_all()");
        } catch (Exception e) {
            try {
                listener.abort(Runnable::run);
            } catch (Exception ignored) {
                // the pool discards a broken connection anyway
            }
        }
    }

    private void publishAll(BooleanSupplier keepGoing) throws Exception {
        while (keepGoing.getAsBoolean()) {
            List<Row> batch = jdbc.sql("""
                            select position, message_id, topic, message_key, type, payload, traceparent, created_at
                            from messaging.outbox where parked_at is null order by position limit ?""")
                    .param(settings.batchSize())
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getBytes(6), rs.getString(7),
                            rs.getObject(8, OffsetDateTime.class).toInstant()))
                    .list();
            if (batch.isEmpty()) {
                return;
            }
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (Row row : batch) {
                CompletableFuture<?> send = send(row);
                sends.add(send);
                if (send.isCompletedExceptionally()) {
                    break; // e.g. no broker: the rest would each block for max.block.ms in vain
                }
            }
            List<Long> sent = new ArrayList<>();
            Exception retry = null;
            for (int i = 0; i < sends.size(); i++) {
                Row row = batch.get(i);
                try {
                    sends.get(i).get(30, TimeUnit.SECONDS);
                    sent.add(row.position());
                    latency.record(Duration.between(row.createdAt(), Instant.now()));
                    meters.counter("outbox.messages.published", "topic", row.topic()).increment();
                } catch (ExecutionException e) {
                    Throwable refusal = refusalOf(e.getCause());
                    if (refusal != null) {
                        park(row, refusal);
                    } else {
                        retry = e;
                    }
                }
            }
            // Delete exactly what was sent: a row with a smaller position may commit later and is not sent yet.
            jdbc.sql("delete from messaging.outbox where position = any(?)").param(sent.toArray(Long[]::new)).update();
            if (retry != null) {
                throw retry;
            }
            if (sends.size() == batch.size() && batch.size() < settings.batchSize()) {
                return;
            }
        }
    }

    private CompletableFuture<?> send(Row row) {
        try {
            return kafka.send(record(row));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * The error about the message itself, which no retry can cure, or null when the failure is of
     * the kind that passes (broker away, timeout) and the message is to be sent again.
     */
    private static @Nullable Throwable refusalOf(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof InvalidTopicException || cause instanceof SerializationException) {
                return cause;
            }
        }
        return null;
    }

    private void park(Row row, Throwable reason) {
        log.error("Outbox message {} of type {} refused by the broker for good ({}); parked in messaging.outbox",
                row.messageId(), row.type(), reason.toString());
        jdbc.sql("update messaging.outbox set parked_at = now(), parked_reason = ? where position = ?")
                .params(reason.toString(), row.position())
                .update();
        meters.counter("outbox.messages.parked", "topic", row.topic()).increment();
    }

    private ProducerRecord<String, byte[]> record(Row row) {
        var headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, utf8(row.messageId().toString()));
        headers.add(CloudEventHeaders.TYPE, utf8(row.type()));
        headers.add(CloudEventHeaders.SOURCE, utf8(source));
        headers.add(CloudEventHeaders.TIME, utf8(row.createdAt().toString()));
        headers.add(CloudEventHeaders.SPEC_VERSION, utf8(CloudEventHeaders.SPEC_VERSION_1_0));
        headers.add(CloudEventHeaders.SUBJECT, utf8(row.key()));
        headers.add(CloudEventHeaders.CONTENT_TYPE, utf8(CloudEventHeaders.JSON));
        headers.add(CloudEventHeaders.TRACEPARENT, utf8(row.traceparent()));
        return new ProducerRecord<>(row.topic(), null, row.key(), row.payload(), headers);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Row(long position, UUID messageId, String topic, String key, String type, byte[] payload,
                       String traceparent, Instant createdAt) {
    }
}
