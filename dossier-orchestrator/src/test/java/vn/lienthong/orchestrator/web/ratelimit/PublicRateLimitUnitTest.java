package vn.lienthong.orchestrator.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicRateLimitUnitTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final PublicRateLimit limit = new PublicRateLimit(List.of("/api/v1/tracking/**"),
            new ClientBuckets(2, 2, Duration.ofMinutes(1), 100), meters);

    @Test
    void anAddressOverItsBurstWaitsWithRetryAfterAndAProblem() throws Exception {
        assertThat(call("/api/v1/tracking/X-1", "10.0.0.1").getStatus()).isEqualTo(200);
        assertThat(call("/api/v1/tracking/X-2", "10.0.0.1").getStatus()).isEqualTo(200);

        MockHttpServletResponse over = call("/api/v1/tracking/X-3", "10.0.0.1");

        assertThat(over.getStatus()).isEqualTo(429);
        // Two requests a minute: the next one is allowed in 30 seconds.
        assertThat(over.getHeader("Retry-After")).isEqualTo("30");
        assertThat(over.getContentType()).startsWith("application/problem+json");
        assertThat(over.getContentAsString()).contains("\"type\":\"urn:lienthong:problem:too-many-requests\"",
                "\"status\":429");
        assertThat(meters.counter("public.requests.limited").count()).isEqualTo(1);
    }

    @Test
    void eachAddressHasItsOwnBucket() throws Exception {
        call("/api/v1/tracking/X-1", "10.0.0.1");
        call("/api/v1/tracking/X-1", "10.0.0.1");
        assertThat(call("/api/v1/tracking/X-1", "10.0.0.1").getStatus()).isEqualTo(429);
        assertThat(call("/api/v1/tracking/X-1", "10.0.0.2").getStatus()).isEqualTo(200);
    }

    @Test
    void pathsThatNeedATokenAreNotLimited() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(call("/api/v1/dossiers/X-1", "10.0.0.1").getStatus()).isEqualTo(200);
            assertThat(call("/api/v1/audit-events", "10.0.0.1").getStatus()).isEqualTo(200);
        }
    }

    @Test
    void remembersABoundedNumberOfAddressesForgettingTheLeastRecentlySeen() {
        ClientBuckets buckets = new ClientBuckets(1, 1, Duration.ofHours(1), 2);
        buckets.of("10.0.0.1").tryConsume(1);
        buckets.of("10.0.0.2").tryConsume(1);
        buckets.of("10.0.0.1");
        buckets.of("10.0.0.3"); // a third address: 10.0.0.2, seen least recently, is forgotten

        assertThat(buckets.of("10.0.0.1").getAvailableTokens()).isZero();
        assertThat(buckets.of("10.0.0.2").getAvailableTokens()).isEqualTo(1);
    }

    MockHttpServletResponse call(String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
