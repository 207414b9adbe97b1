package vn.lienthong.platform.benchmark;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.contracts.civilregistry.BirthRegistrationCancelled;
import vn.lienthong.devinfra.KafkaBroker;
import vn.lienthong.platform.messaging.Outbox;
import vn.lienthong.platform.testapp.PlatformTestApplication;
import vn.lienthong.testsupport.TestDatabases;
import vn.lienthong.testsupport.TopicTap;

/**
 * Prints how fast the outbox relay moves messages from a committed transaction to a consumer, on
 * this machine, with the real broker and PostgreSQL: latency of single-message transactions (what
 * a saga step waits for) and throughput of a burst. Figures only; nothing is asserted.
 *
 * <pre>bin/benchmark [singles] [burst]</pre>
 */
public final class OutboxRelayBenchmark {

    private static final String TOPIC = "benchmark.events";

    public static void main(String[] args) throws Exception {
        int singles = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int burst = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        try (KafkaBroker broker = KafkaBroker.start(KafkaBroker.freePort(), Files.createTempDirectory("bench-kafka"))) {
            var database = TestDatabases.create("outbox_benchmark");
            ConfigurableApplicationContext service = PlatformTestApplication.application().run(
                    "--spring.datasource.url=" + database.jdbcUrl(),
                    "--spring.datasource.username=" + database.server().username(),
                    "--spring.datasource.password=" + database.server().password(),
                    "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                    "--server.port=0", "--logging.level.root=WARN");
            try (TopicTap tap = TopicTap.on(broker.bootstrapServers(), TOPIC)) {
                var bench = new Bench(service, tap);
                bench.singles(50, 5); // warm-up
                long[] latencies = bench.singles(singles, 10);
                Arrays.sort(latencies);
                System.out.printf("%nOutbox relay, commit -> consumer, %d single-message transactions 10 ms apart:%n", singles);
                System.out.printf("  p50 %d ms   p95 %d ms   p99 %d ms   max %d ms%n",
                        pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), latencies[latencies.length - 1]);

                double seconds = bench.burst(burst, 100);
                System.out.printf("Outbox relay, burst of %d messages in %d transactions of 100:%n", burst, burst / 100);
                System.out.printf("  all consumed in %.2f s = %.0f messages/s%n", seconds, burst / seconds);
                Runtime runtime = Runtime.getRuntime();
                System.gc();
                System.out.printf("  JVM heap in use after the run (broker + service + consumer): %d MB%n%n",
                        (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
                bench.stop();
            } finally {
                service.close();
            }
        }
        System.exit(0);
    }

    private static long pct(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    /** Appends through the outbox while a poller notes when each message reaches a consumer. */
    private static final class Bench {
        private final ConfigurableApplicationContext service;
        private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        private final Thread poller;
        private volatile boolean polling = true;

        Bench(ConfigurableApplicationContext service, TopicTap tap) {
            this.service = service;
            this.poller = Thread.ofPlatform().daemon().start(() -> {
                int seen = 0;
                while (polling) {
                    List<ConsumerRecord<String, byte[]>> records = tap.records();
                    long now = System.currentTimeMillis();
                    for (int i = seen; i < records.size(); i++) {
                        receivedAt.putIfAbsent(records.get(i).key(), now);
                    }
                    seen = records.size();
                }
            });
        }

        long[] singles(int count, long pauseMillis) throws InterruptedException {
            Map<String, Long> committedAt = new ConcurrentHashMap<>();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                UUID dossier = UUID.randomUUID();
                append(List.of(dossier));
                committedAt.put(dossier.toString(), System.currentTimeMillis());
                keys.add(dossier.toString());
                Thread.sleep(pauseMillis); // paces the load; not synchronisation
            }
            awaitAll(keys);
            return keys.stream().mapToLong(k -> receivedAt.get(k) - committedAt.get(k)).toArray();
        }

        double burst(int count, int perTransaction) throws InterruptedException {
            List<String> keys = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < count; i += perTransaction) {
                List<UUID> batch = new ArrayList<>();
                for (int j = 0; j < perTransaction; j++) {
                    batch.add(UUID.randomUUID());
                }
                append(batch);
                batch.forEach(d -> keys.add(d.toString()));
            }
            awaitAll(keys);
            return (System.nanoTime() - start) / 1e9;
        }

        void stop() throws InterruptedException {
            polling = false;
            poller.join();
        }

        private void append(List<UUID> dossiers) {
            Outbox outbox = service.getBean(Outbox.class);
            service.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                    dossiers.forEach(d -> outbox.append(TOPIC, new BirthRegistrationCancelled(d))));
        }

        private void awaitAll(List<String> keys) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!receivedAt.keySet().containsAll(keys)) {
                if (System.nanoTime() > deadline) {
                    long pending = service.getBean(JdbcClient.class).sql("select count(*) from messaging.outbox")
                            .query(Long.class).single();
                    throw new IllegalStateException("timed out; " + pending + " messages still in the outbox");
                }
                Thread.sleep(20); // the poller thread does the work; this only waits for it
            }
        }
    }
}
