package vn.lienthong.testsupport.architecture.samples.bad.listener.application;

import org.springframework.kafka.annotation.KafkaListener;

/** Violates KAFKA_LISTENERS_IN_MESSAGING. */
class CommandListener {

    @KafkaListener(topics = "delivery.commands")
    void on(String payload) {
    }
}
