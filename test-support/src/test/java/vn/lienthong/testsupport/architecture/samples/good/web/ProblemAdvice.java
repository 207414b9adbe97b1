package vn.lienthong.testsupport.architecture.samples.good.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
class ProblemAdvice {
}
