package vn.lienthong.orchestrator.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.lienthong.orchestrator.application.DossierSaga;
import vn.lienthong.orchestrator.application.DossierTimers;
import vn.lienthong.orchestrator.domain.SagaEngine;
import vn.lienthong.orchestrator.domain.ServiceLevels;
import vn.lienthong.orchestrator.domain.birth.BirthGroup;
import vn.lienthong.orchestrator.persistence.Dossiers;
import vn.lienthong.platform.calendar.WorkingCalendar;
import vn.lienthong.platform.messaging.Outbox;

/** The saga, its timers and its service levels, from this service's settings. */
@Configuration(proxyBeanMethods = false)
class OrchestratorConfiguration {

    /** The linked groups this desk runs; the death group will be a second table here. */
    @Bean
    SagaEngine sagaEngine(WorkingCalendar calendar, SagaSettings settings) {
        return new SagaEngine(List.of(BirthGroup.table()), calendar, settings.supplementWorkingDays());
    }

    @Bean
    DossierSaga dossierSaga(Dossiers dossiers, Outbox outbox, SagaEngine engine, DossierTimers timers,
                            SagaSettings settings, MeterRegistry meters, Clock clock) {
        return new DossierSaga(dossiers, outbox, engine, timers, settings.apologyExtraWorkingDays(), meters, clock);
    }

    @Bean
    DossierTimers dossierTimers(DataSource dataSource, TimerSettings settings, Clock clock,
                                ObjectProvider<DossierSaga> sagas) {
        return new DossierTimers(dataSource, settings.pollingInterval(), settings.apologyLead(), clock, sagas);
    }

    /** The service-level table (DESIGN.md rule 4), bound onto the domain's own record. */
    @Bean
    ServiceLevels serviceLevels(Environment environment) {
        return Binder.get(environment).bind("lienthong.orchestrator.service-levels", ServiceLevels.class)
                .orElseThrow(() -> new IllegalStateException("lienthong.orchestrator.service-levels is not set"));
    }
}
