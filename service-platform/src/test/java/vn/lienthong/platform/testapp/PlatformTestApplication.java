package vn.lienthong.platform.testapp;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.lienthong.contracts.Topic;
import vn.lienthong.contracts.civilregistry.BirthRegistrationCancelled;
import vn.lienthong.contracts.civilregistry.CancelBirthRegistration;
import vn.lienthong.contracts.civilregistry.CivilRegistryCommand;
import vn.lienthong.contracts.civilregistry.CivilRegistryEvent;
import vn.lienthong.platform.messaging.DeclaredTopics;
import vn.lienthong.platform.messaging.InboundMessages;
import vn.lienthong.platform.messaging.Outbox;

/** A minimal service on the platform: it records each command it handles and replies through the outbox. */
@SpringBootApplication
public class PlatformTestApplication {

    public static final String COMMANDS = "platform-test.commands";
    public static final String EVENTS = "platform-test.events";
    /** A command with this reason fails until {@link #fixed} is set: a bug that a later fix cures. */
    public static final String FAILS_UNTIL_FIXED = "fails-until-fixed";
    public static final AtomicBoolean fixed = new AtomicBoolean();

    public static void main(String[] args) {
        application().run(args);
    }

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(PlatformTestApplication.class).properties("spring.config.name=platform-test");
    }

    /**
     * The topics of the hand-written listener below, declared as every service declares its topics (no yml key
     * names them): the platform creates both and a dead-letter topic beside the commands, and lists that one in
     * the dead-letter endpoint.
     */
    @Bean
    DeclaredTopics platformTestTopics() {
        Topic commands = new Topic(COMMANDS, CivilRegistryCommand.class);
        Topic events = new Topic(EVENTS, CivilRegistryEvent.class);
        return new OwnTopics(Set.of(commands, events), Set.of(commands));
    }

    record OwnTopics(Set<Topic> owns, Set<Topic> consumes) implements DeclaredTopics {
    }

    @Component
    static class Commands {
        private final InboundMessages inbound;
        private final JdbcClient jdbc;
        private final Outbox outbox;

        Commands(InboundMessages inbound, JdbcClient jdbc, Outbox outbox) {
            this.inbound = inbound;
            this.jdbc = jdbc;
            this.outbox = outbox;
        }

        @KafkaListener(topics = COMMANDS)
        void on(ConsumerRecord<String, byte[]> record) {
            inbound.receive(record, CivilRegistryCommand.class, command -> {
                if (command instanceof CancelBirthRegistration cancel) {
                    jdbc.sql("insert into handled (dossier_id, reason) values (?, ?)")
                            .params(cancel.dossierId(), cancel.reason()).update();
                    if (FAILS_UNTIL_FIXED.equals(cancel.reason()) && !fixed.get()) {
                        throw new IllegalStateException("simulated bug");
                    }
                    outbox.append(EVENTS, new BirthRegistrationCancelled(cancel.dossierId()));
                }
            });
        }
    }
}
