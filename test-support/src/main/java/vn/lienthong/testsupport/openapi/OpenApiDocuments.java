package vn.lienthong.testsupport.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The linter every service's tests run over its {@code /v3/api-docs}: swagger-parser's validation messages, then the
 * project's own rules for a document a generated client can trust. Needs only swagger-parser (it moves to the shared
 * test-support module later).
 *
 * <pre>{@code assertThat(OpenApiDocuments.problems(json)).isEmpty();}</pre>
 */
public final class OpenApiDocuments {

    /** The one schema every 4xx and 5xx response has. */
    public static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

    private OpenApiDocuments() {
    }

    /**
     * Every problem of the document, one sentence each naming where ({@code POST /api/v1/x: …}); empty when it passes.
     * <ul>
     * <li>swagger-parser's parse and validation messages;</li>
     * <li>a title and a version of the service's own (not springdoc's "OpenAPI definition", "v0");</li>
     * <li>no {@code *}/{@code *} media type in a request or a response;</li>
     * <li>every operation has an operationId, unique, and at least one tag, none a class name ("…-controller");</li>
     * <li>every operation has a 2xx response; every 4xx and 5xx response is {@code application/problem+json} with the
     * {@code Problem} schema, which has type, title, status, detail and instance;</li>
     * <li>every request body has an example (of the media type, of its schema, or of each required property);</li>
     * <li>no query parameter is an object (a client would send it as one string);</li>
     * <li>no two paths differ only in a template variable's name ({@code /shipments/{id}} and
     * {@code /shipments/{trackingNumber}} are one path to OpenAPI).</li>
     * </ul>
     */
    public static List<String> problems(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        List<String> problems = new ArrayList<>();
        if (result.getMessages() != null) {
            result.getMessages().forEach(message -> problems.add("swagger-parser: " + message));
        }
        OpenAPI api = result.getOpenAPI();
        if (api == null) {
            problems.add("not an OpenAPI document");
            return problems;
        }
        new Rules(api, problems).check();
        return problems;
    }

    private static final class Rules {
        private final OpenAPI api;
        private final List<String> problems;
        private final Map<String, List<String>> operationIds = new TreeMap<>();

        Rules(OpenAPI api, List<String> problems) {
            this.api = api;
            this.problems = problems;
        }

        void check() {
            info();
            problemSchema();
            if (api.getPaths() == null || api.getPaths().isEmpty()) {
                problems.add("the document has no paths");
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> operation(method + " " + path, operation)));
            operationIds.forEach((id, where) -> {
                if (where.size() > 1) {
                    problems.add("operationId '" + id + "' is used by " + where.size() + " operations: " + where);
                }
            });
            ambiguousPaths();
        }

        private void info() {
            if (api.getInfo() == null || blank(api.getInfo().getTitle())
                    || "OpenAPI definition".equals(api.getInfo().getTitle())) {
                problems.add("info: no title of the service's own");
            }
            if (api.getInfo() == null || blank(api.getInfo().getVersion()) || "v0".equals(api.getInfo().getVersion())) {
                problems.add("info: no version of the service's own");
            }
        }

        private void problemSchema() {
            Schema<?> problem = api.getComponents() == null || api.getComponents().getSchemas() == null ? null
                    : api.getComponents().getSchemas().get("Problem");
            if (problem == null) {
                problems.add("components: no Problem schema");
                return;
            }
            Set<String> members = problem.getProperties() == null ? Set.of() : problem.getProperties().keySet();
            Set<String> missing = new TreeSet<>(PROBLEM_MEMBERS);
            missing.removeAll(members);
            if (!missing.isEmpty()) {
                problems.add("components: the Problem schema lacks " + missing);
            }
        }

        private void operation(String where, Operation operation) {
            if (blank(operation.getOperationId())) {
                problems.add(where + ": no operationId");
            } else {
                operationIds.computeIfAbsent(operation.getOperationId(), id -> new ArrayList<>()).add(where);
            }
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                problems.add(where + ": no tag");
            } else {
                operation.getTags().stream()
                        .filter(tag -> tag.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").endsWith("controller"))
                        .forEach(tag -> problems.add(where + ": tag '" + tag + "' is a class name, not domain words"));
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> parameter(where, parameter));
            }
            if (operation.getRequestBody() != null) {
                requestBody(where, resolve(operation.getRequestBody()));
            }
            responses(where, operation);
        }

        private void parameter(String where, Parameter parameter) {
            if (!"query".equals(parameter.getIn())) {
                return;
            }
            Schema<?> schema = resolve(parameter.getSchema());
            if (schema != null && ("object".equals(type(schema)) || schema.getProperties() != null)) {
                problems.add(where + ": query parameter '" + parameter.getName() + "' is an object, which a client "
                        + "sends as one string (flatten it, e.g. @ParameterObject)");
            }
        }

        private void requestBody(String where, RequestBody body) {
            Content content = body.getContent();
            if (content == null || content.isEmpty()) {
                problems.add(where + ": a request body without a media type");
                return;
            }
            content.forEach((type, media) -> {
                if (type.contains("*")) {
                    problems.add(where + ": request body media type " + type + " (name the one it reads)");
                } else if (!exemplified(media)) {
                    problems.add(where + ": request body (" + type + ") has no example");
                }
            });
        }

        private void responses(String where, Operation operation) {
            if (operation.getResponses() == null || operation.getResponses().isEmpty()) {
                problems.add(where + ": no responses");
                return;
            }
            if (operation.getResponses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                problems.add(where + ": no 2xx response");
            }
            operation.getResponses().forEach((code, declared) -> {
                ApiResponse response = resolve(declared);
                Content content = response == null ? null : response.getContent();
                boolean error = code.startsWith("4") || code.startsWith("5");
                if (error && !isProblem(content)) {
                    problems.add(where + ": response " + code + " is not " + PROBLEM_JSON + " with the Problem schema");
                }
                if (content != null) {
                    content.keySet().stream().filter(type -> type.contains("*")).forEach(type ->
                            problems.add(where + ": response " + code + " media type " + type
                                    + " (name the one it writes)"));
                }
            });
        }

        private static boolean isProblem(Content content) {
            if (content == null || content.size() != 1 || !content.containsKey(PROBLEM_JSON)) {
                return false;
            }
            Schema<?> schema = content.get(PROBLEM_JSON).getSchema();
            return schema != null && PROBLEM_SCHEMA.equals(schema.get$ref());
        }

        private void ambiguousPaths() {
            Map<String, Set<String>> byShape = new TreeMap<>();
            api.getPaths().keySet().forEach(path ->
                    byShape.computeIfAbsent(path.replaceAll("\\{[^}/]*}", "{}"), shape -> new TreeSet<>()).add(path));
            byShape.values().stream().filter(paths -> paths.size() > 1).forEach(paths ->
                    problems.add("paths " + paths + " differ only in a template variable's name: one path to OpenAPI"));
        }

        private boolean exemplified(MediaType media) {
            if (media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty())) {
                return true;
            }
            return exemplified(media.getSchema(), new HashSet<>());
        }

        /** Whether a client can build an example of the schema from the examples it states. */
        private boolean exemplified(Schema<?> declared, Set<String> seen) {
            if (declared == null) {
                return false;
            }
            if (declared.get$ref() != null && !seen.add(declared.get$ref())) {
                return true;
            }
            Schema<?> schema = resolve(declared);
            if (schema == null) {
                return false;
            }
            if (schema.getExample() != null || (schema.getExamples() != null && !schema.getExamples().isEmpty())
                    || (schema.getEnum() != null && !schema.getEnum().isEmpty())) {
                return true;
            }
            if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
                return schema.getAllOf().stream().allMatch(part -> exemplified(part, seen));
            }
            List<Schema> alternatives = new ArrayList<>();
            if (schema.getOneOf() != null) {
                alternatives.addAll(schema.getOneOf());
            }
            if (schema.getAnyOf() != null) {
                alternatives.addAll(schema.getAnyOf());
            }
            if (!alternatives.isEmpty()) {
                return alternatives.stream().anyMatch(part -> exemplified(part, seen));
            }
            if (schema.getItems() != null) {
                return exemplified(schema.getItems(), seen);
            }
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null || properties.isEmpty()) {
                return false;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            if (required.isEmpty()) {
                return properties.values().stream().anyMatch(property -> exemplified(property, seen));
            }
            return required.stream().allMatch(name -> exemplified(properties.get(name), seen));
        }

        private Schema<?> resolve(Schema<?> schema) {
            if (schema == null || schema.get$ref() == null) {
                return schema;
            }
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            return api.getComponents() == null || api.getComponents().getSchemas() == null ? null
                    : api.getComponents().getSchemas().get(name);
        }

        private RequestBody resolve(RequestBody body) {
            if (body.get$ref() == null || api.getComponents() == null || api.getComponents().getRequestBodies() == null) {
                return body;
            }
            RequestBody found = api.getComponents().getRequestBodies()
                    .get(body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1));
            return found == null ? body : found;
        }

        private ApiResponse resolve(ApiResponse response) {
            if (response == null || response.get$ref() == null || api.getComponents() == null
                    || api.getComponents().getResponses() == null) {
                return response;
            }
            return api.getComponents().getResponses()
                    .get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
        }
    }

    /** The schema's type in OpenAPI 3.0 ({@code type}) or 3.1 ({@code type} as a set, without "null"). */
    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null) {
            return schema.getTypes().stream().filter(type -> !"null".equals(type)).findFirst().orElse(null);
        }
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
