package vn.lienthong.civilregistry.clients;

import java.time.LocalDate;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/** {@code POST /api/v1/personal-id-numbers} of residence-service: 201 for a new number, 200 for a replayed key. */
@FeignClient(name = "population-registry", url = "${lienthong.civil-registry.population-registry.url:http://127.0.0.1:8082}",
        configuration = PopulationRegistryClientConfiguration.class)
public interface PopulationRegistryClient {

    @PostMapping(path = "/api/v1/personal-id-numbers", consumes = "application/json", produces = "application/json")
    ResponseEntity<PersonalIdNumberAllocated> allocate(@RequestHeader("Idempotency-Key") String idempotencyKey,
                                                       @RequestBody PersonalIdNumberRequest request);

    /** Sex is {@code MALE} or {@code FEMALE}; the province is the registering unit's. */
    record PersonalIdNumberRequest(String provinceCode, String fullName, String sex, LocalDate dateOfBirth) {
    }

    record PersonalIdNumberAllocated(String personalIdNumber) {
    }
}
