package vn.lienthong.platform.participant;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienthong.platform.messaging.InboundMessages;
import vn.lienthong.platform.messaging.MessageCodec;
import vn.lienthong.platform.messaging.MessagingAutoConfiguration;
import vn.lienthong.platform.messaging.MessagingSchema;
import vn.lienthong.platform.messaging.Outbox;

/** The participants' listeners, their dossier memory and the later replies' path. */
@AutoConfiguration(after = MessagingAutoConfiguration.class)
public class ParticipantAutoConfiguration {

    @Bean
    DossierMemory dossierMemory(MessagingSchema schema, JdbcClient jdbc, MessageCodec codec,
                                @Value("${spring.application.name}") String applicationName) {
        return new DossierMemory(schema, jdbc, codec, applicationName);
    }

    @Bean
    Replies replies(ObjectProvider<Participant<?, ?>> participants, Outbox outbox, DossierMemory memory) {
        return new Replies(participants, outbox, memory);
    }

    @Bean
    DeclaredListeners declaredListeners(ListableBeanFactory beans, InboundMessages inbound, Outbox outbox,
                                        DossierMemory memory, MeterRegistry meters) {
        return new DeclaredListeners(beans, inbound, outbox, memory, meters);
    }
}
