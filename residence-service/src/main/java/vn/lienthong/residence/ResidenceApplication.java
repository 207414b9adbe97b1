package vn.lienthong.residence;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import vn.lienthong.residence.config.ResidenceSettings;

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
}
