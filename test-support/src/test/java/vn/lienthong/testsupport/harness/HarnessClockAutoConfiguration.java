package vn.lienthong.testsupport.harness;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Plays the platform's CalendarAutoConfiguration: a system clock unless the context already has a Clock. */
@AutoConfiguration
public class HarnessClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
