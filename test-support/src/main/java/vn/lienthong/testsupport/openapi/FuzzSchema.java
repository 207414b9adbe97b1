package vn.lienthong.testsupport.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A schema of the document (OpenAPI 3.0 or 3.1, read as a JSON tree): its type, its rules, a valid value for it, and
 * whether a value certainly breaks it — a wrong JSON type, outside an enum, a length or a range, a pattern matched
 * nowhere in it, a date that is no date. Bounds the document does not state (how old a date may be) are the
 * service's, not the fuzzer's to judge.
 */
final class FuzzSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern RFC3339_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final JsonNode document;
    final JsonNode node;

    private FuzzSchema(JsonNode document, JsonNode node) {
        this.document = document;
        this.node = node;
    }

    /** The schema, its {@code $ref}s followed and an {@code allOf} merged; a missing schema allows anything. */
    static FuzzSchema of(JsonNode document, JsonNode schema) {
        return new FuzzSchema(document, flatten(document, schema, 0));
    }

    private static JsonNode flatten(JsonNode document, JsonNode schema, int depth) {
        JsonNode resolved = resolve(document, schema, depth);
        if (resolved == null || !resolved.isObject()) {
            return NODES.objectNode();
        }
        if (resolved.has("allOf") && resolved.get("allOf").isArray() && depth < 10) {
            ObjectNode merged = ((ObjectNode) resolved).deepCopy();
            merged.remove("allOf");
            ObjectNode properties = merged.has("properties") ? (ObjectNode) merged.get("properties") : NODES.objectNode();
            Set<String> required = new LinkedHashSet<>(strings(merged.get("required")));
            for (JsonNode part : resolved.get("allOf")) {
                JsonNode flat = flatten(document, part, depth + 1);
                flat.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), p.getValue()));
                required.addAll(strings(flat.get("required")));
                flat.fields().forEachRemaining(f -> {
                    if (!merged.has(f.getKey()) && !f.getKey().equals("properties") && !f.getKey().equals("required")) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
            }
            if (!properties.isEmpty()) {
                merged.set("properties", properties);
            }
            if (!required.isEmpty()) {
                ArrayNode list = merged.putArray("required");
                required.forEach(list::add);
            }
            return merged;
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (resolved.has(alternatives) && resolved.get(alternatives).size() > 0 && depth < 10) {
                return flatten(document, resolved.get(alternatives).get(0), depth + 1);
            }
        }
        return resolved;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema, int depth) {
        JsonNode at = schema;
        for (int i = 0; at != null && at.has("$ref") && i < 20; i++) {
            String ref = at.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return null;
            }
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            at = target.isMissingNode() ? null : target;
        }
        return at;
    }

    FuzzSchema property(String name) {
        return of(document, node.path("properties").get(name));
    }

    FuzzSchema items() {
        return of(document, node.get("items"));
    }

    Map<String, FuzzSchema> properties() {
        Map<String, FuzzSchema> properties = new LinkedHashMap<>();
        node.path("properties").fieldNames().forEachRemaining(name -> properties.put(name, property(name)));
        return properties;
    }

    List<String> required() {
        return strings(node.get("required"));
    }

    /** string, integer, number, boolean, array, object, or "" when the schema does not say. */
    String type() {
        JsonNode type = node.get("type");
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (type != null && type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    return each.asText();
                }
            }
        }
        if (node.has("properties")) {
            return "object";
        }
        if (node.has("items")) {
            return "array";
        }
        return "";
    }

    String format() {
        return node.path("format").asText("");
    }

    boolean nullable() {
        if (node.path("nullable").asBoolean(false)) {
            return true;
        }
        JsonNode type = node.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode each : type) {
                if ("null".equals(each.asText())) {
                    return true;
                }
            }
        }
        return type == null && !node.has("properties") && !node.has("items") && !node.has("enum");
    }

    boolean allowsExtraProperties() {
        JsonNode additional = node.get("additionalProperties");
        return additional == null || !additional.isBoolean() || additional.asBoolean();
    }

    /** The schema's own example, if it states one. */
    JsonNode example() {
        if (node.has("example")) {
            return node.get("example");
        }
        JsonNode examples = node.get("examples");
        if (examples != null && examples.isArray() && examples.size() > 0) {
            return examples.get(0);
        }
        return null;
    }

    /** A value the schema allows: its example, else one made from its type and rules (string values carry the marker). */
    JsonNode valid(String marker, int depth) {
        JsonNode example = example();
        if (example != null) {
            return example.deepCopy();
        }
        JsonNode enumeration = node.get("enum");
        if (enumeration != null && enumeration.isArray() && enumeration.size() > 0) {
            return enumeration.get(0).deepCopy();
        }
        return switch (type()) {
            case "integer" -> NODES.numberNode(BigInteger.valueOf(bounded(1)));
            case "number" -> NODES.numberNode(BigDecimal.valueOf(bounded(1)));
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 5) {
                    array.add(items().valid(marker, depth + 1));
                }
                yield array;
            }
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 5) {
                    properties().forEach((name, property) -> object.set(name, property.valid(marker, depth + 1)));
                }
                yield object;
            }
            default -> NODES.textNode(validText(marker));
        };
    }

    private long bounded(long wanted) {
        long value = wanted;
        if (node.has("minimum") && node.get("minimum").isNumber()) {
            value = Math.max(value, (long) Math.ceil(node.get("minimum").asDouble()));
        }
        if (node.has("maximum") && node.get("maximum").isNumber()) {
            value = Math.min(value, (long) Math.floor(node.get("maximum").asDouble()));
        }
        return value;
    }

    private String validText(String marker) {
        String text = switch (format()) {
            case "date" -> "2000-01-31";
            case "date-time" -> "2000-01-31T10:15:30Z";
            case "uuid" -> "3f6c2b1e-8a4d-4c2e-9b7a-1d2e3f4a5b6c";
            case "email" -> marker + "@example.org";
            case "uri", "url" -> "https://example.org/" + marker;
            default -> marker;
        };
        int min = node.path("minLength").asInt(0);
        int max = node.path("maxLength").asInt(Integer.MAX_VALUE);
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < min) {
            padded.append('x');
        }
        return padded.length() > max ? padded.substring(0, max) : padded.toString();
    }

    /** Whether the document certainly refuses this JSON value here (what a validating server must refuse). */
    boolean breaks(JsonNode value) {
        if (value == null || value.isNull()) {
            return !nullable();
        }
        if (value.isPojo()) {
            return breaksNumberText(((JsonText.Raw) ((com.fasterxml.jackson.databind.node.POJONode) value).getPojo())
                    .text(), true);
        }
        String type = type();
        if (node.has("enum") && node.get("enum").isArray()) {
            boolean listed = false;
            for (JsonNode allowed : node.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                return true;
            }
        }
        return switch (type) {
            case "string" -> !value.isTextual() || breaksText(value.textValue());
            case "integer" -> !value.isIntegralNumber() || breaksNumberText(value.asText(), false);
            case "number" -> !value.isNumber() || breaksNumberText(value.asText(), false);
            case "boolean" -> !value.isBoolean();
            case "array" -> !value.isArray() || breaksArray(value);
            case "object" -> !value.isObject();
            default -> false;
        };
    }

    private boolean breaksArray(JsonNode value) {
        if (node.has("minItems") && value.size() < node.get("minItems").asInt()) {
            return true;
        }
        if (node.has("maxItems") && value.size() > node.get("maxItems").asInt()) {
            return true;
        }
        FuzzSchema items = items();
        for (JsonNode element : value) {
            if (element.isNull() && !items.nullable()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the document certainly refuses this text (a string, or a parameter's value as sent). */
    boolean breaksText(String text) {
        String type = type();
        if (node.has("enum") && node.get("enum").isArray()) {
            boolean listed = false;
            for (JsonNode allowed : node.get("enum")) {
                listed |= allowed.asText().equals(text);
            }
            if (!listed) {
                return true;
            }
        }
        switch (type) {
            case "integer", "number" -> {
                return breaksNumberText(text, false);
            }
            case "boolean" -> {
                return !text.equals("true") && !text.equals("false");
            }
            case "array", "object" -> {
                return false;
            }
            default -> {
            }
        }
        int length = text.codePointCount(0, text.length());
        if (node.has("maxLength") && length > node.get("maxLength").asInt()) {
            return true;
        }
        if (node.has("minLength") && length < node.get("minLength").asInt()) {
            return true;
        }
        if (node.has("pattern")) {
            try {
                if (!Pattern.compile(node.get("pattern").asText()).matcher(text).find()) {
                    return true;
                }
            } catch (PatternSyntaxException e) {
                // A pattern Java cannot read: no judgement.
            }
        }
        return switch (format()) {
            case "date" -> !isDate(text);
            case "date-time" -> !isDateTime(text);
            case "uuid" -> !UUID.matcher(text).matches();
            default -> false;
        };
    }

    /** A number as sent; {@code raw} when it is a JSON token that may not even be a number ({@code NaN}). */
    private boolean breaksNumberText(String text, boolean raw) {
        String type = type();
        if (!type.equals("integer") && !type.equals("number")) {
            return raw && !type.isEmpty();
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return true;
        }
        if (type.equals("integer")) {
            if (text.contains(".") || text.contains("e") || text.contains("E")) {
                return true;
            }
            BigInteger integer = number.toBigIntegerExact();
            if (format().equals("int32") && integer.bitLength() > 31) {
                return true;
            }
            if (format().equals("int64") && integer.bitLength() > 63) {
                return true;
            }
        } else if (number.abs().compareTo(new BigDecimal("1.7976931348623157E308")) > 0) {
            return format().equals("double") || format().equals("float");
        }
        if (node.has("minimum") && number.compareTo(node.get("minimum").decimalValue()) < 0) {
            return true;
        }
        if (node.has("maximum") && number.compareTo(node.get("maximum").decimalValue()) > 0) {
            return true;
        }
        if (node.has("exclusiveMinimum") && node.get("exclusiveMinimum").isNumber()
                && number.compareTo(node.get("exclusiveMinimum").decimalValue()) <= 0) {
            return true;
        }
        return node.has("exclusiveMaximum") && node.get("exclusiveMaximum").isNumber()
                && number.compareTo(node.get("exclusiveMaximum").decimalValue()) >= 0;
    }

    /** An RFC 3339 full-date that is a day of the calendar (any year 0000 to 9999: bounds are the service's). */
    static boolean isDate(String text) {
        if (!RFC3339_DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean isDateTime(String text) {
        if (text.length() < 20 || !RFC3339_DATE.matcher(text.substring(0, 10)).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        if (array != null && array.isArray()) {
            Iterator<JsonNode> each = array.elements();
            each.forEachRemaining(node -> strings.add(node.asText()));
        }
        return strings;
    }
}
