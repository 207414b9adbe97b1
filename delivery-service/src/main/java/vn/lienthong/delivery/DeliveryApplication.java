package vn.lienthong.delivery;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class DeliveryApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** The service as the local stack and the tests start it: with its own {@code delivery-service.yml}. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(DeliveryApplication.class).properties("spring.config.name=delivery-service");
    }
}
