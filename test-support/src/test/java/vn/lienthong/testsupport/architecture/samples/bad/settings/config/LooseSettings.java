package vn.lienthong.testsupport.architecture.samples.bad.settings.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Violates SETTINGS_ARE_RECORDS_IN_CONFIG: mutable settings. */
@ConfigurationProperties("lienthong.loose")
public class LooseSettings {
    private String carrier = "vnpost";

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }
}
