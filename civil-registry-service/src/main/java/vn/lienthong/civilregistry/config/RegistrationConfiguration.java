package vn.lienthong.civilregistry.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.civilregistry.domain.FeeSchedule;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistrationProperties.class)
class RegistrationConfiguration {

    @Bean
    FeeSchedule feeSchedule(RegistrationProperties properties) {
        return new FeeSchedule(properties.lateRegistrationFee(), properties.lateRegistrationFeeByProvince());
    }
}
