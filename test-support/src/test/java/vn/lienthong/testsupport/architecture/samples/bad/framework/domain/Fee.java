package vn.lienthong.testsupport.architecture.samples.bad.framework.domain;

import tools.jackson.databind.JsonNode;

/** Violates DOMAIN_IS_PLAIN_JAVA: the domain holds Jackson's tree. */
public record Fee(JsonNode raw) {
}
