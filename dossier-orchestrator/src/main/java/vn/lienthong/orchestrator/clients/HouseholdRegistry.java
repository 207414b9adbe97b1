package vn.lienthong.orchestrator.clients;

import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** residence-service's household register (OpenFeign); the rest of the service asks it through {@link Households}. */
@FeignClient(name = "residence", url = "${lienthong.orchestrator.residence-url}")
interface HouseholdRegistry {

    @PostMapping("/api/v1/household-membership-checks")
    Households.Membership check(@RequestBody MembershipQuestion question);

    record MembershipQuestion(String householdNumber, List<String> personalIdNumbers) {
    }
}
