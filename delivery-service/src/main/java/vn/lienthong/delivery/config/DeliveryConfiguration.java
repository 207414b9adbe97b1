package vn.lienthong.delivery.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the service's settings; the clock, calendar and units come from the platform. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliverySettings.class)
class DeliveryConfiguration {
}
