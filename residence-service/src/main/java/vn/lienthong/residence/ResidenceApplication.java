package vn.lienthong.residence;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@EnableConfigurationProperties(ResidenceSettings.class)
public class ResidenceApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** The service as the local stack and the tests start it: with its own {@code residence-service.yml}. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ResidenceApplication.class).properties("spring.config.name=residence-service");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
