package vn.lienthong.civilregistry.clients;

import feign.FeignException;
import feign.RetryableException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.LocalDate;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.lienthong.civilregistry.domain.PersonalIdNumbers;
import vn.lienthong.civilregistry.clients.PopulationRegistryClient.PersonalIdNumberAllocated;
import vn.lienthong.civilregistry.clients.PopulationRegistryClient.PersonalIdNumberRequest;
import vn.lienthong.contracts.Sex;

/**
 * Asks the population registry for a child's personal ID number. The idempotency key names the registration
 * (e.g. {@code birth:<dossierId>}), so however often a call is repeated, one child gets one number.
 * Metric {@code civilregistry.personalid.allocation} (timer): latency and count of each call, tagged
 * {@code outcome} = allocated, replayed, rejected or unavailable. Nothing personal is logged or tagged.
 */
@Component
public class PersonalIdAllocator {

    private static final Logger log = LoggerFactory.getLogger(PersonalIdAllocator.class);
    static final String METRIC = "civilregistry.personalid.allocation";
    /**
     * The registry's answers that concern the request itself (400 invalid data, 409 the key already used for another
     * body, 422 a request it refuses): the child's data is at fault, not the registry, so the birth is refused.
     */
    private static final Set<Integer> REFUSALS = Set.of(400, 409, 422);

    private final PopulationRegistryClient client;
    private final MeterRegistry meters;

    PersonalIdAllocator(PopulationRegistryClient client, MeterRegistry meters) {
        this.client = client;
        this.meters = meters;
    }

    public Allocation allocate(String idempotencyKey, String provinceCode, String fullName, Sex sex, LocalDate dateOfBirth) {
        Timer.Sample sample = Timer.start(meters);
        Allocation allocation = call(idempotencyKey, new PersonalIdNumberRequest(provinceCode, fullName, sex.name(), dateOfBirth));
        sample.stop(Timer.builder(METRIC)
                .description("Calls to the population registry for a personal ID number, by outcome")
                .tag("outcome", outcome(allocation))
                .publishPercentileHistogram()
                .register(meters));
        return allocation;
    }

    private Allocation call(String idempotencyKey, PersonalIdNumberRequest request) {
        try {
            var response = client.allocate(idempotencyKey, request);
            PersonalIdNumberAllocated body = response.getBody();
            if (body == null || !PersonalIdNumbers.isWellFormed(body.personalIdNumber())
                    || !body.personalIdNumber().startsWith(request.provinceCode())) {
                log.error("Population registry answered {} without a well-formed personal ID number for the province",
                        response.getStatusCode().value());
                return new Allocation.Unavailable("malformed answer");
            }
            return new Allocation.Allocated(body.personalIdNumber(), response.getStatusCode().value() != HttpStatus.CREATED.value());
        } catch (RetryableException e) {
            log.warn("Population registry unavailable after retries: {}", e.status() > 0 ? "HTTP " + e.status() : "no answer");
            return new Allocation.Unavailable(e.status() > 0 ? "HTTP " + e.status() : "unreachable");
        } catch (FeignException e) {
            if (REFUSALS.contains(e.status())) {
                // The problem body may quote the request, so only the status is logged.
                log.warn("Population registry refused the allocation: HTTP {}", e.status());
                return new Allocation.Rejected(e.status());
            }
            if (e.status() >= 400 && e.status() < 500) {
                // 401, 403, 404, 405...: this service or the registry is misconfigured, which an operator fixes;
                // the child's data is not at fault, so the birth waits instead of being refused.
                log.error("Population registry call misconfigured: HTTP {}", e.status());
                return new Allocation.Unavailable("HTTP " + e.status());
            }
            log.warn("Population registry call failed: {}", e.status() > 0 ? "HTTP " + e.status() : e.getClass().getSimpleName());
            return new Allocation.Unavailable(e.status() > 0 ? "HTTP " + e.status() : "failed");
        } catch (RuntimeException e) {
            log.warn("Population registry call failed: {}", e.getClass().getSimpleName());
            return new Allocation.Unavailable("failed");
        }
    }

    private static String outcome(Allocation allocation) {
        return switch (allocation) {
            case Allocation.Allocated allocated -> allocated.replayed() ? "replayed" : "allocated";
            case Allocation.Rejected rejected -> "rejected";
            case Allocation.Unavailable unavailable -> "unavailable";
        };
    }
}
