package vn.lienthong.orchestrator;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import vn.lienthong.orchestrator.dossier.DossierSaga;
import vn.lienthong.orchestrator.saga.BirthGroup;
import vn.lienthong.orchestrator.saga.SagaEngine;
import vn.lienthong.platform.calendar.WorkingCalendar;

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

    /** The linked groups this desk runs; the death group will be a second table here. */
    @Bean
    SagaEngine sagaEngine(WorkingCalendar calendar, DossierSaga.Settings settings) {
        return new SagaEngine(List.of(BirthGroup.table()), calendar, settings.supplementWorkingDays());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
