package vn.lienthong.testsupport.architecture.samples.bad.framework.domain;

import org.springframework.stereotype.Component;

/** Violates DOMAIN_IS_PLAIN_JAVA: a domain class that is a Spring bean. */
@Component
public class FeeRules {
}
