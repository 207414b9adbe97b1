package vn.lienthong.testsupport.harness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.contracts.probe.Probe;
import vn.lienthong.contracts.probe.ProbeAnswered;
import vn.lienthong.testsupport.MessageWire;

/**
 * The smallest service the harness can start as it starts the real ones: through its main method, with a database,
 * a Kafka listener that answers probes, a clock bean of its own that backs off (HarnessClockAutoConfiguration), and
 * an HTTP API that shows what it was sent.
 */
@SpringBootApplication
public class HarnessApplication {

    public static final String COMMANDS = "harness.commands";
    public static final String EVENTS = "harness.events";

    public static void main(String[] args) {
        SpringApplication.run(HarnessApplication.class, args);
    }

    /** Open to all: the identity provider brings Spring Security onto the classpath; this service checks nobody. */
    @Bean
    SecurityFilterChain openToAll(HttpSecurity http) {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable()).build();
    }

    @RestController
    static class Api {

        private final Clock clock;
        private final JdbcClient jdbc;

        Api(Clock clock, JdbcClient jdbc) {
            this.clock = clock;
            this.jdbc = jdbc;
        }

        @GetMapping("/time")
        Map<String, Object> time() {
            return Map.of("instant", clock.instant().toString(), "today", LocalDate.now(clock).toString(),
                    "zone", clock.getZone().getId());
        }

        @GetMapping("/database")
        Map<String, Object> database() {
            return Map.of("name", jdbc.sql("select current_database()").query(String.class).single());
        }

        @PostMapping("/echo")
        ResponseEntity<Map<String, Object>> echo(@RequestBody Map<String, Object> body,
                                                 @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
                                                 @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("body", body);
            answer.put("authorization", authorization == null ? "none" : authorization);
            answer.put("idempotencyKey", key == null ? "none" : key);
            return ResponseEntity.status(201).header("Location", "/echo/1").body(answer);
        }

        @GetMapping("/metrics")
        ResponseEntity<String> metrics() {
            return ResponseEntity.ok().header("Content-Type", "text/plain").body("harness_up 1\n");
        }
    }

    /** Answers every probe on the events topic, with the headers it was sent (ce_type of the answer). */
    @Component
    static class ProbeAnswers {

        private final KafkaTemplate<String, byte[]> kafka;
        private final Clock clock;

        ProbeAnswers(KafkaTemplate<String, byte[]> kafka, Clock clock) {
            this.kafka = kafka;
            this.clock = clock;
        }

        @KafkaListener(topics = COMMANDS, groupId = "harness")
        void on(ConsumerRecord<String, byte[]> record) {
            Probe probe = (Probe) MessageWire.decode(record);
            var answer = new ProbeAnswered(probe.dossierId(), "harness", clock.instant());
            var reply = new ProducerRecord<>(EVENTS, record.key(), MessageWire.encode(answer));
            reply.headers().add(MessageWire.TYPE, MessageWire.typeOf(answer).getBytes());
            reply.headers().add("received-traceparent", record.headers().lastHeader(MessageWire.TRACEPARENT).value());
            kafka.send(reply).join();
        }
    }
}
