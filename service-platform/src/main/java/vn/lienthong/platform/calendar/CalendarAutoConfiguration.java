package vn.lienthong.platform.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The working-day calendar from every {@code calendar/vn-YYYY.txt} on the classpath, so a new year's decision
 * is a new data file, not a code change; and the one clock every service reads the time from.
 */
@AutoConfiguration
public class CalendarAutoConfiguration {

    private static final Pattern YEAR_FILE = Pattern.compile("vn-(\\d{4})\\.txt");

    /**
     * The clock of every service: injected everywhere, never {@code Instant.now()} beside it, and in the zone of
     * Asia/Ho_Chi_Minh so that {@code LocalDate.now(clock)} is the date in Viet Nam (the law's days). A test
     * replaces this bean to move time.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(WorkingCalendar.VIETNAM);
    }

    @Bean
    @ConditionalOnMissingBean
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.parse(yearFiles());
    }

    static Map<Integer, String> yearFiles() {
        try {
            Map<Integer, String> files = new TreeMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:calendar/vn-*.txt")) {
                Matcher name = YEAR_FILE.matcher(String.valueOf(resource.getFilename()));
                if (name.matches()) {
                    files.put(Integer.parseInt(name.group(1)), resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the working-day calendar", e);
        }
    }
}
