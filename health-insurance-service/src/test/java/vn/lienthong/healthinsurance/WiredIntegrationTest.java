package vn.lienthong.healthinsurance;

import java.util.Collection;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import vn.lienthong.devinfra.ServiceIntegrationTest;
import vn.lienthong.platform.messaging.MessageCodec;

/** The service on real PostgreSQL and the embedded broker, with a {@link Wire} to its topics and its HTTP API. */
@ServiceIntegrationTest
abstract class WiredIntegrationTest {

    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired MessageCodec codec;
    @Value("${local.server.port}") int port;

    Wire wire;

    @BeforeEach
    void connect() {
        wire = new Wire(kafka, codec, bootstrapServers(), port);
    }

    @AfterEach
    void disconnect() {
        wire.close();
    }

    /**
     * The broker of this test's context, as its producer uses it. Not {@code ${spring.kafka.bootstrap-servers}}: the
     * embedded broker publishes that as a system property, so once another context (AutoIssueIT's) has started its
     * own broker, the property names that one even in the tests of an earlier, cached context.
     */
    String bootstrapServers() {
        Object servers = kafka.getProducerFactory().getConfigurationProperties().get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG);
        return servers instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(servers);
    }
}
