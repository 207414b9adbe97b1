package vn.lienthong.civilregistry.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffUnitTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(5), Duration.ofMinutes(10));

    @Test
    void doublesTheWaitAfterEachFailure() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void neverWaitsLongerThanTheCeilingHoweverLongTheRegistryIsAway() {
        assertThat(backoff.after(8)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.after(10_000)).isEqualTo(Duration.ofMinutes(10));
    }
}
