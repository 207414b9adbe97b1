package vn.lienthong.orchestrator.ratelimit;

import io.github.bucket4j.Bucket;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One token bucket per client address, in memory and bounded: past {@code maxClients} addresses the one unseen
 * the longest is forgotten (and starts afresh if it comes back), so a flood of addresses cannot exhaust memory.
 */
final class ClientBuckets {

    private final RateLimitSettings settings;
    private final Map<String, Bucket> buckets;

    ClientBuckets(RateLimitSettings settings) {
        this.settings = settings;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > settings.maxClients();
            }
        };
    }

    Bucket of(String address) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(address, a -> newBucket());
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(settings.capacity())
                        .refillGreedy(settings.refillTokens(), settings.refillPeriod()))
                .build();
    }
}
