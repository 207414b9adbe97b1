package vn.lienthong.testsupport.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The cases of one operation: its valid request (from the document's examples, else its schemas), then every
 * mutation of it the catalogue knows, grouped by category, of which a bounded, seeded sample is sent (round robin
 * over the categories, so a small budget still covers each). Each case knows whether the document makes it
 * certainly invalid, and carries a marker (in every string it controls) that no answer to it may repeat.
 */
final class FuzzCases {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String JSON = "application/json";
    private static final String FILLER = "x".repeat(5_000);
    /** Judging a template, the word MARKER stands for a marker of the same length and alphabet. */
    private static final String SAMPLE = "zq0sample0";

    /** An operation with what the cases are made from. */
    record Target(ApiFuzzer.Operation operation, List<Parameter> parameters,
                  FuzzSchema body, boolean bodyRequired, List<String> bodyMediaTypes, JsonNode bodyExample) {
    }

    record Parameter(String name, String in, boolean required, FuzzSchema schema, JsonNode example) {
    }

    /** A mutation of the valid request, not yet given its marker. */
    record Candidate(String category, String description, boolean mustBeRefused, Consumer<Draft> change) {
    }

    /** One request being made: the valid one, then changed by a candidate. */
    static final class Draft {
        final String marker;
        final Map<String, String> path = new LinkedHashMap<>();
        final List<Map.Entry<String, String>> query = new ArrayList<>();
        final List<Map.Entry<String, String>> headers = new ArrayList<>();
        String accept = JSON;
        String contentType;
        JsonNode json;
        byte[] body;
        Auth auth = Auth.TOKEN;

        Draft(String marker) {
            this.marker = marker;
        }
    }

    enum Auth { TOKEN, NONE, BOGUS }

    private FuzzCases() {
    }

    /** The valid request of the operation, its strings carrying the marker where the document gives no example. */
    static Draft valid(Target target, String marker) {
        Draft draft = new Draft(marker);
        for (Parameter parameter : target.parameters()) {
            JsonNode value = parameter.example() != null ? parameter.example() : parameter.schema().valid(marker, 0);
            String text = value.isArray() && value.size() > 0 ? value.get(0).asText() : value.asText();
            switch (parameter.in()) {
                case "path" -> draft.path.put(parameter.name(), encode(text));
                case "query" -> {
                    if (parameter.required()) {
                        draft.query.add(entry(encode(parameter.name()), encode(text)));
                    }
                }
                case "header" -> {
                    if (parameter.required()) {
                        draft.headers.add(entry(parameter.name(), text));
                    }
                }
                default -> {
                }
            }
        }
        if (target.body() != null) {
            draft.contentType = target.bodyMediaTypes().contains(JSON) ? JSON : target.bodyMediaTypes().get(0);
            draft.json = target.bodyExample() != null ? target.bodyExample().deepCopy() : target.body().valid(marker, 0);
        }
        return draft;
    }

    /** Every candidate for the operation, by category, in a fixed order. */
    static Map<String, List<Candidate>> candidates(Target target) {
        Map<String, List<Candidate>> all = new LinkedHashMap<>();
        ApiFuzzer.Operation operation = target.operation();
        if (target.body() != null) {
            body(target, all);
        } else {
            add(all, "content type", "Content-Type */* without a body", false, d -> d.contentType = "*/*");
            add(all, "content type", "a text/plain body where none is expected", false, d -> {
                d.contentType = "text/plain";
                d.body = d.marker.getBytes(StandardCharsets.UTF_8);
            });
        }
        for (Parameter parameter : target.parameters()) {
            switch (parameter.in()) {
                case "query" -> query(parameter, all);
                case "path" -> path(parameter, all);
                case "header" -> header(parameter, all);
                default -> {
                }
            }
        }
        add(all, "query encoding", "an undeclared parameter with %FF", false,
                d -> d.query.add(entry("fuzz", "%FF" + d.marker)));
        add(all, "query encoding", "an undeclared parameter with a lone %", false,
                d -> d.query.add(entry("fuzz", d.marker + "%")));
        add(all, "headers", "a 9,000-character header", false,
                d -> d.headers.add(entry("X-Fuzz-Padding", d.marker + "a".repeat(9_000) + d.marker)));
        add(all, "headers", "a header to reflect", false, d -> d.headers.add(entry("X-Request-Id", d.marker)));
        add(all, "headers", "non-ASCII bytes in a header", false,
                d -> d.headers.add(entry("X-Fuzz", "\u00e9\u202e" + d.marker)));
        add(all, "headers", "Accept: text/html", false, d -> d.accept = "text/html");
        add(all, "headers", "Accept: application/xml", false, d -> d.accept = "application/xml");
        add(all, "headers", "40 extra headers", false, d -> {
            for (int i = 0; i < 40; i++) {
                d.headers.add(entry("X-Fuzz-" + i, d.marker));
            }
        });
        if (operation.secured()) {
            add(all, "auth", "no access token", true, d -> d.auth = Auth.NONE);
            add(all, "auth", "a forged access token", true, d -> d.auth = Auth.BOGUS);
        }
        return all;
    }

    /** A bounded sample: the valid request first, then round robin over the categories, each shuffled by the seed. */
    static List<Candidate> sample(Map<String, List<Candidate>> candidates, int size, SplittableRandom random) {
        List<Candidate> chosen = new ArrayList<>();
        chosen.add(new Candidate("valid", "the valid request", false, d -> {
        }));
        List<List<Candidate>> queues = new ArrayList<>();
        candidates.values().forEach(list -> {
            List<Candidate> shuffled = new ArrayList<>(list);
            for (int i = shuffled.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Candidate swap = shuffled.get(i);
                shuffled.set(i, shuffled.get(j));
                shuffled.set(j, swap);
            }
            queues.add(shuffled);
        });
        int[] next = new int[queues.size()];
        boolean any = true;
        while (chosen.size() < size && any) {
            any = false;
            for (int q = 0; q < queues.size() && chosen.size() < size; q++) {
                if (next[q] < queues.get(q).size()) {
                    chosen.add(queues.get(q).get(next[q]++));
                    any = true;
                }
            }
        }
        return chosen;
    }

    // Body

    private static void body(Target target, Map<String, List<Candidate>> all) {
        FuzzSchema schema = target.body();
        boolean required = target.bodyRequired();
        boolean acceptsJson = target.bodyMediaTypes().contains(JSON);
        malformed(all, "a truncated document", true, d -> {
            String text = JsonText.write(d.json);
            return text.substring(0, Math.max(1, text.length() / 2));
        });
        malformed(all, "text after the document", true, d -> JsonText.write(d.json) + " " + d.marker);
        malformed(all, "single quotes", true, d -> JsonText.write(d.json).replace('"', '\'') + d.marker);
        malformed(all, "an unquoted key", true, d -> "{" + d.marker + ":1}");
        malformed(all, "a comment", true, d -> "/*" + d.marker + "*/" + JsonText.write(d.json));
        malformed(all, "a key without a value", true, d -> "{\"" + d.marker + "\":}");
        malformed(all, "5,000 nested arrays", true, d -> "[".repeat(5_000) + d.marker);
        malformed(all, "NaN", true, d -> "{\"value\":NaN,\"marker\":\"" + d.marker + "\"}");
        malformed(all, "a bare word", true, d -> d.marker);
        add(all, "malformed JSON", "an empty body", required, d -> d.body = new byte[0]);
        add(all, "malformed JSON", "the literal null", required, d -> d.json = NODES.nullNode());
        add(all, "malformed JSON", "invalid UTF-8 in a string", true, d -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes("{\"text\":\"".getBytes(StandardCharsets.US_ASCII));
            bytes.write(0xC3);
            bytes.write(0x28);
            bytes.write(0xFF);
            bytes.writeBytes((d.marker + "\"}").getBytes(StandardCharsets.US_ASCII));
            d.body = bytes.toByteArray();
        });
        if ("object".equals(schema.type())) {
            add(all, "malformed JSON", "a key twice", true, d -> {
                String text = JsonText.write(d.json);
                Iterator<String> names = d.json.isObject() ? d.json.fieldNames() : List.<String>of().iterator();
                String name = names.hasNext() ? names.next() : "duplicate";
                d.body = ("{" + JsonText.string(name) + ":" + JsonText.string(d.marker)
                        + (text.length() > 2 ? "," + text.substring(1) : "}")).getBytes(StandardCharsets.UTF_8);
            });
            add(all, "mistyped", "an array instead of the object", true, d -> {
                ArrayNode array = NODES.arrayNode();
                array.add(d.marker);
                d.json = array;
            });
            add(all, "mistyped", "a string instead of the object", true, d -> d.json = NODES.textNode(d.marker));
            add(all, "mistyped", "a number instead of the object", true, d -> d.json = NODES.numberNode(12));
        }
        String[][] contentTypes = {
                {"*/*", null}, {"multipart/form-data; boundary=fuzz", "multipart"}, {"text/plain", null},
                {"application/x-www-form-urlencoded", "form"}, {"application/xml", "xml"}, {null, null}};
        for (String[] contentType : contentTypes) {
            String type = contentType[0];
            boolean listed = type != null && target.bodyMediaTypes().contains(type.split(";")[0].trim());
            add(all, "content type", type == null ? "no Content-Type" : "Content-Type " + type, !listed, d -> {
                d.contentType = type;
                if ("multipart".equals(contentType[1])) {
                    d.body = ("--fuzz\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n" + d.marker
                            + "\r\n--fuzz--\r\n").getBytes(StandardCharsets.UTF_8);
                } else if ("form".equals(contentType[1])) {
                    d.body = ("text=" + d.marker).getBytes(StandardCharsets.UTF_8);
                } else if ("xml".equals(contentType[1])) {
                    d.body = ("<text>" + d.marker + "</text>").getBytes(StandardCharsets.UTF_8);
                }
            });
        }
        if (!acceptsJson) {
            return;
        }
        if (schema.allowsExtraProperties()) {
            add(all, "extra fields", "an undeclared field", false, d -> {
                if (d.json instanceof ObjectNode object) {
                    object.put("unexpectedField", d.marker);
                }
            });
        } else {
            add(all, "extra fields", "an undeclared field where none is allowed", true, d -> {
                if (d.json instanceof ObjectNode object) {
                    object.put("unexpectedField", d.marker);
                }
            });
        }
        for (Field field : fields(target)) {
            fieldCases(field, all);
        }
    }

    private interface Text {
        String of(Draft draft);
    }

    private static void malformed(Map<String, List<Candidate>> all, String description, boolean mustBeRefused,
                                  Text text) {
        add(all, "malformed JSON", description, mustBeRefused,
                d -> d.body = text.of(d).getBytes(StandardCharsets.UTF_8));
    }

    /** A field of the valid body: where it is, its schema, and whether its object requires it. */
    record Field(List<Object> at, FuzzSchema schema, boolean required) {
        String name() {
            StringBuilder name = new StringBuilder();
            for (Object step : at) {
                if (step instanceof Integer index) {
                    name.append('[').append(index).append(']');
                } else {
                    name.append(name.isEmpty() ? "" : ".").append(step);
                }
            }
            return name.toString();
        }
    }

    /** The fields of the valid body down to three levels (the first element of each array). */
    static List<Field> fields(Target target) {
        List<Field> fields = new ArrayList<>();
        JsonNode valid = valid(target, "m").json;
        collect(target.body(), valid, new ArrayList<>(), fields, 0);
        return fields;
    }

    private static void collect(FuzzSchema schema, JsonNode value, List<Object> at, List<Field> fields, int depth) {
        if (depth > 3 || value == null) {
            return;
        }
        if (value.isObject()) {
            List<String> required = schema.required();
            value.fieldNames().forEachRemaining(name -> {
                List<Object> next = new ArrayList<>(at);
                next.add(name);
                FuzzSchema property = schema.property(name);
                fields.add(new Field(next, property, required.contains(name)));
                collect(property, value.get(name), next, fields, depth + 1);
            });
        } else if (value.isArray() && value.size() > 0) {
            List<Object> next = new ArrayList<>(at);
            next.add(0);
            FuzzSchema items = schema.items();
            fields.add(new Field(next, items, true));
            collect(items, value.get(0), next, fields, depth + 1);
        }
    }

    private static void fieldCases(Field field, Map<String, List<Candidate>> all) {
        FuzzSchema schema = field.schema();
        String name = field.name();
        boolean element = field.at().get(field.at().size() - 1) instanceof Integer;
        if (field.required() && !element) {
            add(all, "missing fields", "without " + name, true, d -> remove(d, field.at()));
        }
        // null for an optional field reads as absent; for a required one, or a list element, it must be refused.
        add(all, "null", "null for " + name, (field.required() || element) && !schema.nullable(),
                d -> set(d, field.at(), NODES.nullNode()));
        String type = schema.type();
        List<JsonNode> wrong = new ArrayList<>();
        if (!type.equals("string")) {
            wrong.add(NODES.textNode("MARKER"));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            wrong.add(NODES.numberNode(12_345));
        }
        if (!type.equals("boolean")) {
            wrong.add(NODES.booleanNode(true));
        }
        if (!type.equals("object")) {
            wrong.add(NODES.objectNode().put("value", "MARKER"));
        }
        if (!type.equals("array")) {
            wrong.add(NODES.arrayNode().add("MARKER"));
        }
        if (type.equals("integer")) {
            wrong.add(JsonText.raw("1.5"));
        }
        if (type.isEmpty()) {
            wrong.clear();
        }
        for (JsonNode value : wrong) {
            add(all, "mistyped", kind(value) + " for " + name, schema.breaks(withMarker(value, SAMPLE)),
                    d -> set(d, field.at(), withMarker(value, d.marker)));
        }
        switch (type) {
            case "string" -> strings(field, all);
            case "integer", "number" -> numbers(field, all);
            case "array" -> {
                add(all, "null", "a null element in " + name, !schema.items().nullable(),
                        d -> set(d, field.at(), NODES.arrayNode().addNull()));
                add(all, "extreme sizes", "10,000 elements in " + name, schema.breaks(hugeArray("m")),
                        d -> set(d, field.at(), hugeArray(d.marker)));
            }
            default -> {
            }
        }
    }

    private static JsonNode hugeArray(String marker) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < 10_000; i++) {
            array.add(marker);
        }
        return array;
    }

    /** Strings that break things: huge, control characters, bidi overrides, lone surrogates, markup. */
    static List<String[]> nastyStrings(String marker) {
        return List.of(
                new String[] {"5,000 characters", marker + FILLER + marker},
                new String[] {"a NUL character", marker + "\u0000" + marker},
                new String[] {"CR LF and a header", marker + "\r\nX-Injected: " + marker},
                new String[] {"a right-to-left override (U+202E)", "\u202E" + marker},
                new String[] {"a lone high surrogate", marker + "\uD800"},
                new String[] {"a lone low surrogate", "\uDC00" + marker},
                new String[] {"markup", "<script>alert('" + marker + "')</script>"},
                new String[] {"only spaces", "   "},
                new String[] {"the empty string", ""},
                new String[] {"a control character (U+001B)", "\u001B[31m" + marker},
                new String[] {"a zero-width joiner and emoji", marker + "\u200D\uD83D\uDC69\u200D\uD83D\uDC67"});
    }

    private static void strings(Field field, Map<String, List<Candidate>> all) {
        FuzzSchema schema = field.schema();
        for (String[] nasty : nastyStrings("MARKER")) {
            String template = nasty[1];
            add(all, "strings", nasty[0] + " in " + field.name(), schema.breaks(NODES.textNode(judged(template))),
                    d -> set(d, field.at(), NODES.textNode(template.replace("MARKER", d.marker))));
        }
        switch (schema.format()) {
            case "date" -> dates(field, all, List.of("9999-12-31", "0000-01-01", "1900-01-01", "-0001-01-01",
                    "+10000-01-01", "2023-02-29", "2024-13-01", "31/01/2000", "2000-01-31T00:00:00Z",
                    "2000-01-31MARKER"));
            case "date-time" -> dates(field, all, List.of("9999-12-31T23:59:59.999999999Z", "0000-01-01T00:00:00Z",
                    "1900-01-01T00:00:00+07:00", "2000-01-31T10:15:30", "2000-01-31T25:00:00Z", "2000-01-31",
                    "+10000-01-01T00:00:00Z", "2000-01-31T10:15:30ZMARKER"));
            default -> {
            }
        }
        if (!schema.format().isEmpty()) {
            add(all, "mistyped", "a number for the " + schema.format() + " " + field.name(), true,
                    d -> set(d, field.at(), NODES.numberNode(20_000)));
        }
    }

    private static void dates(Field field, Map<String, List<Candidate>> all, List<String> values) {
        for (String value : values) {
            add(all, "dates", value.replace("MARKER", "…") + " for " + field.name(),
                    field.schema().breaksText(value.replace("MARKER", "")) || value.contains("MARKER"),
                    d -> set(d, field.at(), NODES.textNode(value.replace("MARKER", d.marker))));
        }
    }

    /** Numbers at and past every bound; the invalid JSON ones ({@code 007}, {@code +1}) must be refused anyway. */
    static final List<String> EXTREME_NUMBERS = List.of("9223372036854775808", "-9223372036854775809",
            "2147483648", "-2147483649", "1e308", "-1e308", "1e400", "0", "-1", "0.5", "1E2", "-0",
            "123456789012345678901234567890123456789012345678901234567890");
    private static final List<String> INVALID_NUMBERS = List.of("007", "+1", ".5", "Infinity");

    private static void numbers(Field field, Map<String, List<Candidate>> all) {
        for (String number : EXTREME_NUMBERS) {
            JsonNode raw = JsonText.raw(number);
            add(all, "numbers", number + " for " + field.name(), field.schema().breaks(raw),
                    d -> set(d, field.at(), JsonText.raw(number)));
        }
        for (String number : INVALID_NUMBERS) {
            add(all, "numbers", number + " (not JSON) for " + field.name(), true,
                    d -> set(d, field.at(), JsonText.raw(number)));
        }
    }

    // Parameters

    private static void query(Parameter parameter, Map<String, List<Candidate>> all) {
        String name = parameter.name();
        FuzzSchema schema = parameter.schema();
        String encodedName = encode(name);
        if (parameter.required()) {
            add(all, "missing fields", "without query parameter " + name, true,
                    d -> d.query.removeIf(e -> e.getKey().equals(encodedName)));
        }
        String[][] encodings = {
                {"%FF", "true"}, {"%", "true"}, {"%G1", "true"}, {"%C0%AF", "true"}, {"%ED%A0%80", "true"},
                {"%00", "false"}, {"%2F..%2F", "false"}, {"%0D%0AX-Injected:%20", "false"}};
        for (String[] encoding : encodings) {
            String raw = encoding[0];
            // Undecodable bytes (not UTF-8, or not percent-encoding at all) must be refused; the rest is text.
            boolean refused = Boolean.parseBoolean(encoding[1]) || schema.breaksText(decode(raw) + "m");
            add(all, "query encoding", raw + " in " + name, refused, d -> setQuery(d, encodedName, raw + d.marker));
        }
        for (String[] nasty : nastyStrings("MARKER")) {
            String template = nasty[1];
            // A lone surrogate has no UTF-8 encoding: its three bytes are invalid, as %FF is.
            add(all, "query", nasty[0] + " in " + name, loneSurrogate(template) || breaksQuery(schema, judged(template)),
                    d -> setQuery(d, encodedName, encode(template.replace("MARKER", d.marker))));
        }
        add(all, "query", "the parameter twice", false, d -> {
            String value = d.query.stream().filter(e -> e.getKey().equals(encodedName)).map(Map.Entry::getValue)
                    .findFirst().orElse(d.marker);
            d.query.add(entry(encodedName, value));
        });
        String type = schema.type();
        if (!type.equals("string") || !schema.format().isEmpty() || schema.node.has("enum")) {
            add(all, "mistyped", "text for " + type + " " + name, schema.breaksText(SAMPLE),
                    d -> setQuery(d, encodedName, d.marker));
        }
        if (type.equals("integer") || type.equals("number")) {
            for (String number : EXTREME_NUMBERS) {
                add(all, "numbers", number + " for " + name, schema.breaksText(number),
                        d -> setQuery(d, encodedName, encode(number)));
            }
        }
        if (schema.format().equals("date") || schema.format().equals("date-time")) {
            for (String date : List.of("9999-12-31", "0000-01-01", "-0001-01-01", "2023-02-29", "2000-01-31T10:15:30Z",
                    "2000-01-31")) {
                add(all, "dates", date + " for " + name, schema.breaksText(date),
                        d -> setQuery(d, encodedName, encode(date)));
            }
        }
    }

    private static void path(Parameter parameter, Map<String, List<Candidate>> all) {
        String name = parameter.name();
        FuzzSchema schema = parameter.schema();
        String[] raws = {"%FF", "%00", "%2F", "..%2F..%2F", "%5C", "%", "%2e%2e", ";jsessionid=1", "%0D%0A", "%E2%80%AE"};
        for (String raw : raws) {
            boolean typed = !schema.type().equals("string") && !schema.type().isEmpty();
            add(all, "path", raw + " in " + name, typed, d -> d.path.put(name, raw + d.marker));
        }
        for (String[] nasty : nastyStrings("MARKER")) {
            String template = nasty[1];
            if (template.isEmpty()) {
                continue;
            }
            add(all, "path", nasty[0] + " in " + name, schema.breaksText(judged(template)),
                    d -> d.path.put(name, encode(template.replace("MARKER", d.marker))));
        }
        if (!schema.type().equals("string") || schema.node.has("enum") || schema.node.has("pattern")) {
            add(all, "mistyped", "text for " + schema.type() + " " + name, schema.breaksText(SAMPLE),
                    d -> d.path.put(name, d.marker));
        }
        if (schema.type().equals("integer") || schema.type().equals("number")) {
            for (String number : EXTREME_NUMBERS) {
                add(all, "numbers", number + " for " + name, schema.breaksText(number),
                        d -> d.path.put(name, encode(number)));
            }
        }
    }

    private static void header(Parameter parameter, Map<String, List<Candidate>> all) {
        String name = parameter.name();
        FuzzSchema schema = parameter.schema();
        if (parameter.required()) {
            add(all, "missing fields", "without header " + name, true,
                    d -> d.headers.removeIf(e -> e.getKey().equalsIgnoreCase(name)));
        }
        String[][] values = {
                {"5,000 characters", "MARKER" + FILLER}, {"a NUL byte", "MARKER\u0000"}, {"non-ASCII", "\u00e9MARKER"},
                {"a right-to-left override", "\u202EMARKER"}, {"spaces around", "  MARKER  "}, {"only spaces", "  "}};
        for (String[] value : values) {
            String template = value[1];
            add(all, "headers", value[0] + " in header " + name, schema.breaksText(judged(template).strip()), d -> {
                d.headers.removeIf(e -> e.getKey().equalsIgnoreCase(name));
                d.headers.add(entry(name, template.replace("MARKER", d.marker)));
            });
        }
    }

    // Helpers

    private static void add(Map<String, List<Candidate>> all, String category, String description, boolean refused,
                            Consumer<Draft> change) {
        all.computeIfAbsent(category, c -> new ArrayList<>()).add(new Candidate(category, description, refused, change));
    }

    static boolean loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** An empty query value reads as absent (Spring then takes the default), except as plain text. */
    private static boolean breaksQuery(FuzzSchema schema, String value) {
        boolean plainText = schema.type().equals("string") && schema.format().isEmpty();
        return value.isEmpty() && !plainText ? false : schema.breaksText(value);
    }

    private static String judged(String template) {
        return template.replace("MARKER", SAMPLE);
    }

    private static String kind(JsonNode value) {
        if (value.isPojo()) {
            return "a fraction";
        }
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            default -> "a value";
        };
    }

    private static JsonNode withMarker(JsonNode value, String marker) {
        if (value.isTextual()) {
            return NODES.textNode(value.textValue().replace("MARKER", marker));
        }
        if (value.isContainerNode()) {
            return JsonMarker.replace(value.deepCopy(), marker);
        }
        return value;
    }

    private static void setQuery(Draft draft, String encodedName, String encodedValue) {
        draft.query.removeIf(e -> e.getKey().equals(encodedName));
        draft.query.add(entry(encodedName, encodedValue));
    }

    private static void set(Draft draft, List<Object> at, JsonNode value) {
        JsonNode parent = parent(draft, at);
        Object last = at.get(at.size() - 1);
        if (parent instanceof ObjectNode object && last instanceof String name) {
            object.set(name, value);
        } else if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
            array.set(index, value);
        }
    }

    private static void remove(Draft draft, List<Object> at) {
        JsonNode parent = parent(draft, at);
        Object last = at.get(at.size() - 1);
        if (parent instanceof ObjectNode object && last instanceof String name) {
            object.remove(name);
        }
    }

    private static JsonNode parent(Draft draft, List<Object> at) {
        JsonNode node = draft.json;
        for (int i = 0; i < at.size() - 1 && node != null; i++) {
            Object step = at.get(i);
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    static Map.Entry<String, String> entry(String name, String value) {
        return new AbstractMap.SimpleEntry<>(name, value);
    }

    private static final String HEX = "0123456789ABCDEF";

    /** Percent-encodes UTF-8, keeping RFC 3986's unreserved characters; a lone surrogate as its (invalid) 3 bytes. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
                continue;
            }
            byte[] bytes;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes = new byte[] {
                        (byte) (0xE0 | (c >> 12)), (byte) (0x80 | ((c >> 6) & 0x3F)), (byte) (0x80 | (c & 0x3F))};
            } else {
                bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            }
            for (byte b : bytes) {
                out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
            }
        }
        return out.toString();
    }

    /** Decodes what decodes (for judging a value); anything else is kept as it is. */
    private static String decode(String raw) {
        try {
            return java.net.URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    /** Replaces the word MARKER in every string of a JSON tree. */
    private static final class JsonMarker {
        static JsonNode replace(JsonNode node, String marker) {
            if (node instanceof ObjectNode object) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                for (String name : names) {
                    object.set(name, replace(object.get(name), marker));
                }
                return object;
            }
            if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    array.set(i, replace(array.get(i), marker));
                }
                return array;
            }
            return node.isTextual() ? NODES.textNode(node.textValue().replace("MARKER", marker)) : node;
        }
    }
}
