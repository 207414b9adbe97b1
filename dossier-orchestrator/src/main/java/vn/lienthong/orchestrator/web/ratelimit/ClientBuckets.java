package vn.lienthong.orchestrator.web.ratelimit;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One token bucket per client address, in memory and bounded: past {@code maxClients} addresses the one unseen
 * the longest is forgotten (and starts afresh if it comes back), so a flood of addresses cannot exhaust memory.
 */
public final class ClientBuckets {

    private final int capacity;
    private final int refillTokens;
    private final Duration refillPeriod;
    private final Map<String, Bucket> buckets;

    /**
     * @param capacity the burst: requests an address may make at once
     * @param refillTokens requests given back every {@code refillPeriod}, spread evenly over it
     * @param maxClients addresses remembered at once (the least recently seen is forgotten first)
     */
    public ClientBuckets(int capacity, int refillTokens, Duration refillPeriod, int maxClients) {
        this.capacity = capacity;
        this.refillTokens = refillTokens;
        this.refillPeriod = refillPeriod;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
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
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(refillTokens, refillPeriod))
                .build();
    }
}
