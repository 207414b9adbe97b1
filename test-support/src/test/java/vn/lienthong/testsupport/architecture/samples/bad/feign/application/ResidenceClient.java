package vn.lienthong.testsupport.architecture.samples.bad.feign.application;

import org.springframework.cloud.openfeign.FeignClient;

/** Violates HTTP_CLIENTS_IN_CLIENTS. */
@FeignClient(name = "residence")
interface ResidenceClient {
}
