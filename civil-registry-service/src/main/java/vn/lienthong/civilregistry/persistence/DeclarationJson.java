package vn.lienthong.civilregistry.persistence;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.civilregistry.domain.BirthDeclaration;

/** A declaration as the {@code jsonb} the registry keeps it in; a mapper of its own, so REST settings never change it. */
final class DeclarationJson {

    private static final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DeclarationJson() {
    }

    static String write(BirthDeclaration declaration) {
        return json.writeValueAsString(declaration);
    }

    static BirthDeclaration read(String stored) {
        return json.readValue(stored, BirthDeclaration.class);
    }
}
