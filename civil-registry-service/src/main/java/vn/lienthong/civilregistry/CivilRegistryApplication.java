package vn.lienthong.civilregistry;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class CivilRegistryApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** The service as the local stack and the tests start it: with its own {@code civil-registry-service.yml}. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(CivilRegistryApplication.class).properties("spring.config.name=civil-registry-service");
    }
}
