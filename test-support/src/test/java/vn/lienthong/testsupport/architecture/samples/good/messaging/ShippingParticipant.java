package vn.lienthong.testsupport.architecture.samples.good.messaging;

import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import vn.lienthong.testsupport.architecture.samples.good.application.Shipping;

@Configuration
class ShippingParticipant {

    @Bean
    Supplier<String> shippingParticipant(Shipping shipping) {
        return () -> shipping.dispatch().trackingNumber();
    }

    @KafkaListener(topics = "delivery.commands.DLT")
    void deadLetter(String payload) {
    }
}
