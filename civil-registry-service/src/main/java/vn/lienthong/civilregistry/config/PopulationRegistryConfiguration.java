package vn.lienthong.civilregistry.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.civilregistry.clients.PopulationRegistryClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PopulationRegistryProperties.class)
@EnableFeignClients(clients = PopulationRegistryClient.class)
class PopulationRegistryConfiguration {
}
