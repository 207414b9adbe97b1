package vn.lienthong.platform.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashSet;
import java.util.List;

/** Schemas written by hand, typed for both OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}) serialisation. */
final class OpenApiSchemas {

    private OpenApiSchemas() {
    }

    static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(new LinkedHashSet<>(List.of(type)));
        return schema;
    }

    static Schema<Object> object() {
        return typed("object");
    }
}
