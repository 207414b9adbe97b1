package vn.lienthong.testsupport.architecture.samples.good.clients;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;

@FeignClient(name = "carrier")
public interface CarrierClient {

    @PostMapping("/tracking-numbers")
    String allocate(String carrier);
}
