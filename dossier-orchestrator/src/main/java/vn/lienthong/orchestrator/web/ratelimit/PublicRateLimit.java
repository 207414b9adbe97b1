package vn.lienthong.orchestrator.web.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.lienthong.platform.web.Problems;

/**
 * Limits each client address on the public paths: within the limit the request goes on, over it the answer is a
 * 429 problem with {@code Retry-After} (whole seconds until a request is allowed again). Endpoints that need a
 * token are not limited here. The address is the connection's own ({@code getRemoteAddr}); behind a proxy, Boot's
 * {@code server.forward-headers-strategy} makes it the client's, and a client-sent header is never trusted alone.
 */
public final class PublicRateLimit extends OncePerRequestFilter {

    static final URI TYPE = Problems.type("too-many-requests");

    private final List<PathPattern> publicPaths;
    private final ClientBuckets buckets;
    private final Counter limited;

    public PublicRateLimit(List<String> publicPaths, ClientBuckets buckets, MeterRegistry meters) {
        this.publicPaths = publicPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.buckets = buckets;
        this.limited = Counter.builder("public.requests.limited")
                .description("Requests to public endpoints refused because their address went over the rate limit")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return publicPaths.stream().noneMatch(pattern -> pattern.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = buckets.of(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        limited.increment();
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, TYPE, "Too many requests",
                "Too many requests from your address; try again in %d seconds.".formatted(seconds));
    }
}
