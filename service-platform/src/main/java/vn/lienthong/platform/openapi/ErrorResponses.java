package vn.lienthong.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * The errors every operation can answer, each an RFC 9457 problem of one {@code Problem} schema (as
 * {@code ProblemDetailsAdvice} and {@code Problems} write them): 400 always (malformed or invalid input, a bad
 * percent-encoding), 401 and 403 unless the path is public, 404 with path variables, 409 for a write, 413 and 415
 * with a body, 429 on a public path (rate-limited), 503 always (every service has a database). A response a service
 * declares itself (a 422 of its own rules) keeps its description and gets the problem content.
 */
final class ErrorResponses {

    static final String PROBLEM = "Problem";
    static final String FIELD_VIOLATION = "FieldViolation";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    private static final Map<Integer, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(400, "Malformed or invalid request: the problem names each field at fault and its rule (errors), "
                    + "never the value sent."),
            Map.entry(401, "No access token, or one that is not valid (expired, another issuer, a bad signature)."),
            Map.entry(403, "The caller's role, unit or province does not allow this operation."),
            Map.entry(404, "Nothing at this path, or nothing the caller may see."),
            Map.entry(409, "The request conflicts with data already recorded."),
            Map.entry(413, "The request body is larger than this service accepts."),
            Map.entry(415, "The request's Content-Type is not application/json."),
            Map.entry(422, "The request is well formed but a rule of the service refuses it."),
            Map.entry(429, "Too many requests from this client: retry after the delay in Retry-After."),
            Map.entry(503, "The service or one of its dependencies (database, broker, another service) is unavailable: "
                    + "retry after the delay in Retry-After."));

    private ErrorResponses() {
    }

    /** The problem schemas, once for the whole document. */
    static void addSchemas(Components components) {
        components.addSchemas(FIELD_VIOLATION, OpenApiSchemas.object()
                .description("One field (or parameter, or header) of the request that is missing or breaks a rule.")
                .addProperty("field", OpenApiSchemas.typed("string")
                        .description("Where: a JSON path into the body (documents[0].name) or a parameter's name.")
                        .example("documents[0].name"))
                .addProperty("message", OpenApiSchemas.typed("string")
                        .description("The rule it breaks, never the value sent.")
                        .example("must not be blank"))
                .required(List.of("field", "message")));
        components.addSchemas(PROBLEM, OpenApiSchemas.object()
                .description("An RFC 9457 problem: every refusal and error of every service.")
                .addProperty("type", OpenApiSchemas.typed("string").format("uri")
                        .description("Stable, one per kind of problem: urn:lienthong:problem:<code>.")
                        .example("urn:lienthong:problem:validation-failed"))
                .addProperty("title", OpenApiSchemas.typed("string")
                        .description("Short and fixed for the type.").example("Invalid request"))
                .addProperty("status", OpenApiSchemas.typed("integer").format("int32")
                        .description("The HTTP status code.").example(400))
                .addProperty("detail", OpenApiSchemas.typed("string")
                        .description("What went wrong, for a person; never repeats the values sent.")
                        .example("1 field is missing or invalid."))
                .addProperty("instance", OpenApiSchemas.typed("string").format("uri-reference")
                        .description("This occurrence, when the service names one."))
                .addProperty("errors", OpenApiSchemas.typed("array")
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_VIOLATION))
                        .description("The fields at fault, when the request broke field rules."))
                .required(List.of("type", "title", "status")));
    }

    /** Adds the errors the operation can answer and gives every 4xx and 5xx response the problem content. */
    static void document(String path, PathItem.HttpMethod method, Operation operation, boolean publicPath) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Map<Integer, Boolean> answers = new LinkedHashMap<>();
        answers.put(400, true);
        answers.put(401, !publicPath);
        answers.put(403, !publicPath);
        answers.put(404, path.contains("{") || hasPathVariables(operation));
        answers.put(409, WRITES.contains(method));
        answers.put(413, operation.getRequestBody() != null);
        answers.put(415, operation.getRequestBody() != null);
        answers.put(429, publicPath);
        answers.put(503, true);
        answers.forEach((status, applies) -> {
            if (applies && !responses.containsKey(String.valueOf(status))) {
                responses.addApiResponse(String.valueOf(status), new ApiResponse());
            }
        });
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                asProblem(code, response);
            }
        });
        operation.setResponses(sorted(responses));
    }

    private static void asProblem(String code, ApiResponse response) {
        if (response.get$ref() != null) {
            return;
        }
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(description(code));
        }
        response.setContent(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
        switch (code) {
            case "401" -> response.addHeaderObject("WWW-Authenticate", new Header()
                    .description("Bearer, with error=\"invalid_token\" when a token was sent and refused.")
                    .schema(OpenApiSchemas.typed("string")));
            case "429", "503" -> response.addHeaderObject("Retry-After", new Header()
                    .description("Seconds to wait before retrying.")
                    .schema(OpenApiSchemas.typed("integer").format("int32")));
            default -> {
            }
        }
    }

    private static String description(String code) {
        try {
            int status = Integer.parseInt(code);
            String known = DESCRIPTIONS.get(status);
            if (known != null) {
                return known;
            }
            HttpStatus resolved = HttpStatus.resolve(status);
            return resolved == null ? "Refused." : resolved.getReasonPhrase() + ".";
        } catch (NumberFormatException e) {
            return "Refused.";
        }
    }

    private static boolean hasPathVariables(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
    }

    /** Success first, then the errors by code, so the document reads the same every time. */
    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses ordered = new ApiResponses();
        responses.keySet().stream().sorted().forEach(code -> ordered.addApiResponse(code, responses.get(code)));
        if (responses.getExtensions() != null) {
            ordered.setExtensions(responses.getExtensions());
        }
        return ordered;
    }
}
