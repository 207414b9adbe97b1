package vn.lienthong.testsupport.architecture.samples.bad.settings.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Violates SETTINGS_ARE_RECORDS_IN_CONFIG: a record, but away from the configuration. */
@ConfigurationProperties("lienthong.limits")
public record StrayLimits(int perMinute) {
}
