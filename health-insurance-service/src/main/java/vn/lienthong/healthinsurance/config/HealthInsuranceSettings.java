package vn.lienthong.healthinsurance.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lienthong.health-insurance.*}.
 *
 * @param autoIssue issue the straightforward card at once instead of waiting for an officer (off by default, as a
 *     real social-insurance office decides by hand; the local stack turns it on, and {@code --manual-approvals} of
 *     DESIGN.md §5 turns it off again)
 * @param slaWorkingDays the card is due this many working days after the birth registration (Decree 63/2024,
 *     electronic linkage: 2; DESIGN.md rule 4)
 */
@Validated
@ConfigurationProperties("lienthong.health-insurance")
public record HealthInsuranceSettings(
        @DefaultValue("false") boolean autoIssue,
        @DefaultValue("2") @Min(0) @Max(60) int slaWorkingDays) {
}
