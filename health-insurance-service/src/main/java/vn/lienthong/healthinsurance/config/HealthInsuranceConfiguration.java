package vn.lienthong.healthinsurance.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.healthinsurance.domain.declaration.IssuingPolicy;
import vn.lienthong.healthinsurance.domain.declaration.ServiceLevel;

/** The settings of {@code lienthong.health-insurance.*}, handed to the core as its own values. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HealthInsuranceSettings.class)
class HealthInsuranceConfiguration {

    @Bean
    IssuingPolicy issuingPolicy(HealthInsuranceSettings settings) {
        return new IssuingPolicy(settings.autoIssue());
    }

    @Bean
    ServiceLevel serviceLevel(HealthInsuranceSettings settings) {
        return new ServiceLevel(settings.slaWorkingDays());
    }
}
