package vn.lienthong.civilregistry.clients;

import static org.assertj.core.api.Assertions.assertThat;

import feign.FeignException;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.lienthong.civilregistry.clients.PopulationRegistryClient.PersonalIdNumberAllocated;
import vn.lienthong.contracts.Sex;

class PersonalIdAllocatorUnitTest {

    private static final Request REQUEST = Request.create(Request.HttpMethod.POST, "http://registry/api/v1/personal-id-numbers",
            Map.of(), null, StandardCharsets.UTF_8, null);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aNewNumberIsAllocated() {
        var allocation = allocateWith(() -> ResponseEntity.status(HttpStatus.CREATED).body(new PersonalIdNumberAllocated("001325000123")));

        assertThat(allocation).isEqualTo(new Allocation.Allocated("001325000123", false));
        assertThat(calls("allocated")).isEqualTo(1);
    }

    @Test
    void aNumberAllocatedBeforeForTheSameKeyIsAReplay() {
        var allocation = allocateWith(() -> ResponseEntity.ok(new PersonalIdNumberAllocated("001325000123")));

        assertThat(allocation).isEqualTo(new Allocation.Allocated("001325000123", true));
        assertThat(calls("replayed")).isEqualTo(1);
    }

    @Test
    void aClientErrorIsARejectionNotWorthRepeating() {
        var allocation = allocateWith(() -> {
            throw FeignException.errorStatus("allocate", response(400));
        });

        assertThat(allocation).isEqualTo(new Allocation.Rejected(400));
        assertThat(calls("rejected")).isEqualTo(1);
    }

    @Test
    void aKeyUsedBeforeForAnotherChildIsARejection() {
        var allocation = allocateWith(() -> {
            throw FeignException.errorStatus("allocate", response(409));
        });

        assertThat(allocation).isEqualTo(new Allocation.Rejected(409));
    }

    @Test
    void aMisconfiguredCallIsUnavailableRatherThanTheChildsFault() {
        var allocation = allocateWith(() -> {
            throw FeignException.errorStatus("allocate", response(404));
        });

        assertThat(allocation).isEqualTo(new Allocation.Unavailable("HTTP 404"));
    }

    @Test
    void anUnreachableRegistryIsUnavailable() {
        var allocation = allocateWith(() -> {
            throw new RetryableException(-1, "Connection refused", Request.HttpMethod.POST, (Long) null, REQUEST);
        });

        assertThat(allocation).isInstanceOf(Allocation.Unavailable.class);
        assertThat(calls("unavailable")).isEqualTo(1);
    }

    @Test
    void aServerErrorIsUnavailable() {
        var allocation = allocateWith(() -> {
            throw new RetryableException(503, "population registry answered 503", Request.HttpMethod.POST, (Long) null, REQUEST);
        });

        assertThat(allocation).isEqualTo(new Allocation.Unavailable("HTTP 503"));
    }

    @Test
    void anAnswerWithoutAWellFormedNumberOfTheProvinceIsNotTrusted() {
        assertThat(allocateWith(() -> ResponseEntity.status(HttpStatus.CREATED).body(new PersonalIdNumberAllocated("12345"))))
                .isInstanceOf(Allocation.Unavailable.class);
        assertThat(allocateWith(() -> ResponseEntity.status(HttpStatus.CREATED).body(new PersonalIdNumberAllocated("056325000123"))))
                .isInstanceOf(Allocation.Unavailable.class);
        assertThat(allocateWith(() -> ResponseEntity.status(HttpStatus.CREATED).build()))
                .isInstanceOf(Allocation.Unavailable.class);
    }

    private Allocation allocateWith(Supplier<ResponseEntity<PersonalIdNumberAllocated>> answer) {
        PopulationRegistryClient client = (key, request) -> answer.get();
        return new PersonalIdAllocator(client, meters).allocate("birth:dossier", "001", "Nguyễn Thị An", Sex.FEMALE,
                LocalDate.of(2025, 3, 15));
    }

    private long calls(String outcome) {
        return meters.get(PersonalIdAllocator.METRIC).tag("outcome", outcome).timer().count();
    }

    private static Response response(int status) {
        return Response.builder().status(status).reason("refused").request(REQUEST).headers(Map.of())
                .body("{\"type\":\"urn:lienthong:problem:validation-failed\"}", StandardCharsets.UTF_8).build();
    }
}
