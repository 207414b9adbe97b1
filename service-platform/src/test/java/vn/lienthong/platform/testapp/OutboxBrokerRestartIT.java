package vn.lienthong.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.contracts.civilregistry.CancelBirthRegistration;
import vn.lienthong.devinfra.KafkaBroker;
import vn.lienthong.platform.messaging.Outbox;
import vn.lienthong.testsupport.TestDatabases;
import vn.lienthong.testsupport.TopicTap;

/**
 * Messages written while the broker is away are published once it is back, and take effect
 * exactly once: the broker here is real, on a fixed port, stopped and restarted on its own log.
 */
class OutboxBrokerRestartIT {

    private final int port = KafkaBroker.freePort();
    private ConfigurableApplicationContext service;
    private KafkaBroker broker;

    @AfterEach
    void stopEverything() {
        if (service != null) {
            service.close();
        }
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void messagesWrittenWhileTheBrokerIsDownArePublishedWhenItIsBackAndTakeEffectOnce() throws Exception {
        Path brokerLog = Files.createTempDirectory("broker-restart");
        var database = TestDatabases.create("broker_restart");
        service = PlatformTestApplication.application().run(
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.server().username(),
                "--spring.datasource.password=" + database.server().password(),
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + port,
                "--spring.kafka.admin.operation-timeout=1s",
                "--server.port=0");

        Set<UUID> firstBatch = appendCommands(20);
        await().atMost(Duration.ofSeconds(30)).until(() -> relayFailures() > 0);
        assertThat(pending()).as("nothing can leave while the broker is down").isEqualTo(20);

        broker = KafkaBroker.start(port, brokerLog);
        await().atMost(Duration.ofSeconds(60)).until(() -> handledDossiers().containsAll(firstBatch));

        broker.stop();
        broker = null;
        Set<UUID> secondBatch = appendCommands(5);
        broker = KafkaBroker.start(port, brokerLog);
        await().atMost(Duration.ofSeconds(60)).until(() -> handledDossiers().containsAll(secondBatch));

        assertThat(handledCount()).as("each command took effect exactly once").isEqualTo(25);
        await().atMost(Duration.ofSeconds(30)).until(() -> pending() == 0);
        try (TopicTap replies = TopicTap.on(broker.bootstrapServers(), PlatformTestApplication.EVENTS)) {
            Set<String> replied = await().atMost(Duration.ofSeconds(30))
                    .until(() -> replies.records().stream().map(r -> r.key()).collect(Collectors.toSet()),
                            keys -> keys.size() >= 25);
            assertThat(replied).hasSize(25);
        }
    }

    private Set<UUID> appendCommands(int count) {
        Outbox outbox = service.getBean(Outbox.class);
        Set<UUID> dossiers = IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).collect(Collectors.toSet());
        service.getBean(TransactionTemplate.class).executeWithoutResult(status -> dossiers.forEach(dossier ->
                outbox.append(PlatformTestApplication.COMMANDS, new CancelBirthRegistration(dossier, "withdrawn"))));
        return dossiers;
    }

    private Set<UUID> handledDossiers() {
        return Set.copyOf(service.getBean(JdbcClient.class).sql("select dossier_id from handled").query(UUID.class).list());
    }

    private long handledCount() {
        return service.getBean(JdbcClient.class).sql("select count(*) from handled").query(Long.class).single();
    }

    private long pending() {
        return service.getBean(JdbcClient.class).sql("select count(*) from messaging.outbox").query(Long.class).single();
    }

    private double relayFailures() {
        return service.getBean(MeterRegistry.class).get("outbox.relay.failures").counter().count();
    }
}
