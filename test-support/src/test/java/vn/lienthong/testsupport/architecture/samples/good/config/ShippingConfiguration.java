package vn.lienthong.testsupport.architecture.samples.good.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ShippingSettings.class)
class ShippingConfiguration {
}
