package vn.lienthong.healthinsurance;

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
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${local.server.port}") int port;

    Wire wire;

    @BeforeEach
    void connect() {
        wire = new Wire(kafka, codec, bootstrapServers, port);
    }

    @AfterEach
    void disconnect() {
        wire.close();
    }
}
