package vn.lienthong.civilregistry.populationregistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PopulationRegistryProperties.class)
@EnableFeignClients(clients = PopulationRegistryClient.class)
class PopulationRegistryConfiguration {
}
