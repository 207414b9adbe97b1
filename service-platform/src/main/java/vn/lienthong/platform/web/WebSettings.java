package vn.lienthong.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code lienthong.web}: the limits every service's API holds its callers to.
 *
 * @param maxBodySize the largest request body an {@code /api} endpoint reads; a larger one is a 413 problem
 */
@ConfigurationProperties("lienthong.web")
public record WebSettings(@DefaultValue("1MB") DataSize maxBodySize) {
}
