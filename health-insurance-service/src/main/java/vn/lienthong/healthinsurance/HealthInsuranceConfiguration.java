package vn.lienthong.healthinsurance;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.healthinsurance.declaration.HealthInsuranceSettings;
import vn.lienthong.platform.calendar.WorkingCalendar;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HealthInsuranceSettings.class)
class HealthInsuranceConfiguration {

    /** Dates (issue date, ages, due dates) are Vietnamese calendar days, whatever the server's zone. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(WorkingCalendar.VIETNAM);
    }
}
