package vn.lienthong.testsupport.architecture.samples.bad.uuid.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Violates DOMAIN_HAS_TYPED_IDS three ways: a bare UUID, a list of them, an optional one. */
public record Household(UUID id, List<UUID> members, Optional<UUID> head) {
}
