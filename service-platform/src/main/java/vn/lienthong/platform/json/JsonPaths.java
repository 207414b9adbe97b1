package vn.lienthong.platform.json;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/** Where in a JSON document Jackson failed, as a field path ({@code child.dateOfBirth}, {@code documents[0].name}). */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** The path of the failing field; empty when the failure is at the top level. Never the value. */
    public static String of(JacksonException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
