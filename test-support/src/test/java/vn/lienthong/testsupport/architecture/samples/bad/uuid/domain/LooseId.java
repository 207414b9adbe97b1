package vn.lienthong.testsupport.architecture.samples.bad.uuid.domain;

import java.util.UUID;

/** Violates DOMAIN_HAS_TYPED_IDS: a class around a UUID, but no record (and two fields). */
public final class LooseId {
    final UUID value;
    final String label;

    LooseId(UUID value, String label) {
        this.value = value;
        this.label = label;
    }
}
