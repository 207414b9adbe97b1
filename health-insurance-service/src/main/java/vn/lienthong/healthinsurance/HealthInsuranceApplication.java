package vn.lienthong.healthinsurance;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class HealthInsuranceApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** The service as the local stack and the tests start it: with its own {@code health-insurance-service.yml}. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(HealthInsuranceApplication.class).properties("spring.config.name=health-insurance-service");
    }
}
