package vn.lienthong.orchestrator;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;

@SpringBootApplication
@EnableFeignClients
@ConfigurationPropertiesScan
public class OrchestratorApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** The service as the local stack and the tests start it: with its own {@code dossier-orchestrator.yml}. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(OrchestratorApplication.class).properties("spring.config.name=dossier-orchestrator");
    }
}
