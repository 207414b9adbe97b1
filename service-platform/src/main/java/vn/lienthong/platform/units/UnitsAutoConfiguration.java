package vn.lienthong.platform.units;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Binds {@code lienthong.units} for every service. */
@AutoConfiguration
@EnableConfigurationProperties(Units.class)
public class UnitsAutoConfiguration {
}
