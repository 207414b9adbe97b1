package vn.lienthong.testsupport.architecture.samples.good.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("lienthong.shipping")
public record ShippingSettings(String carrier) {
}
