package vn.lienthong.orchestrator.intake;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** residence-service's household register, asked at the desk whether the family's household is as declared. */
@FeignClient(name = "residence", url = "${lienthong.orchestrator.residence-url}")
interface HouseholdRegistry {

    @PostMapping("/api/v1/household-membership-checks")
    MembershipCheck check(@RequestBody MembershipQuestion question);

    record MembershipQuestion(String householdNumber, List<String> personalIdNumbers) {
    }

    record MembershipCheck(String householdNumber, boolean householdExists, @Nullable String provinceCode,
                           @Nullable String commune, @Nullable List<String> memberPersonalIdNumbers) {
    }
}
