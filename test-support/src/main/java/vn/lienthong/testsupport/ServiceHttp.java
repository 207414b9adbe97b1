package vn.lienthong.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.StringNode;

/**
 * The one HTTP helper of the tests: calls a service as one caller — a person signed in at the test identity
 * provider, a machine client, any token at all, or nobody — with JSON bodies and extra headers such as
 * {@code Idempotency-Key}, and returns whatever the service answered, whatever the status:
 *
 * <pre>{@code
 * Response answer = http.asDeskOf("000.26.45.H26").header("Idempotency-Key", key).post("/api/v1/dossiers", dossier);
 * assertThat(answer.status()).isEqualTo(201);
 * assertThat(answer.string("dossierCode")).startsWith("000.26.45.H26-");
 * }</pre>
 *
 * Instances are immutable: {@link #as}, {@link #header} and the like return a new one, so a test can keep a
 * caller in a field. A {@link ServiceIntegrationTest} gets one for its service with {@code @Autowired ServiceHttp
 * http}; anywhere else {@link #on(int)}.
 */
public final class ServiceHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Supplier<URI> base;
    private final @Nullable Supplier<String> token;
    private final Map<String, String> headers;

    private ServiceHttp(Supplier<URI> base, @Nullable Supplier<String> token, Map<String, String> headers) {
        this.base = base;
        this.token = token;
        this.headers = headers;
    }

    /** The service listening on {@code port} of the loopback interface, called by nobody (no token). */
    public static ServiceHttp on(int port) {
        return on(URI.create("http://127.0.0.1:" + port));
    }

    /** The service at {@code base} (scheme, host, port), called by nobody (no token). */
    public static ServiceHttp on(URI base) {
        return new ServiceHttp(() -> base, null, Map.of());
    }

    /** The service whose base is known only later (the harness's bean: the port is chosen when the server starts). */
    static ServiceHttp on(Supplier<URI> base) {
        return new ServiceHttp(base, null, Map.of());
    }

    /** Called by a person of the test identity provider (password {@code demo}), e.g. {@code police.000.26.45.h26}. */
    public ServiceHttp as(String username) {
        return withToken(() -> TestIdentityProvider.token(username));
    }

    /** Called by the one-stop desk officer of the unit ({@code desk.<unit code in lower case>}). */
    public ServiceHttp asDeskOf(String unitCode) {
        return as("desk." + unitCode.toLowerCase(Locale.ROOT));
    }

    /** Called by the commune police of the unit ({@code police.<unit code in lower case>}). */
    public ServiceHttp asPoliceOf(String unitCode) {
        return as("police." + unitCode.toLowerCase(Locale.ROOT));
    }

    /** Called by a machine client with its client-credentials token, e.g. {@code dossier-orchestrator}, {@code carrier}. */
    public ServiceHttp asClient(String clientId) {
        return withToken(() -> TestIdentityProvider.clientToken(clientId));
    }

    /** Called with exactly this bearer token (a forged, expired or foreign one), or none when it is null. */
    public ServiceHttp withToken(@Nullable String token) {
        return token == null ? anonymous() : withToken(() -> token);
    }

    /** Called by nobody: no Authorization header. */
    public ServiceHttp anonymous() {
        return new ServiceHttp(base, null, headers);
    }

    /** With this header on every request (replacing one of the same name, and the bearer token for Authorization). */
    public ServiceHttp header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        more.put(name, value);
        return new ServiceHttp(base, token, Map.copyOf(more));
    }

    /** With this {@code Idempotency-Key} on every request. */
    public ServiceHttp idempotencyKey(String key) {
        return header("Idempotency-Key", key);
    }

    // Tokens are fetched when a request is made, not when the caller is named: naming callers costs nothing.
    private ServiceHttp withToken(Supplier<String> token) {
        return new ServiceHttp(base, token, headers);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    /** A POST of {@code body}: a String is sent as it is (JSON text), a byte array raw, anything else as JSON. */
    public Response post(String path, @Nullable Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, @Nullable Object body) {
        return send("PUT", path, body);
    }

    public Response patch(String path, @Nullable Object body) {
        return send("PATCH", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** Any method, with a body (as for {@link #post}) or none. */
    public Response send(String method, String path, @Nullable Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(base.get(), path)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        if (body != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json");
        }
        if (token != null && headers.keySet().stream().noneMatch("Authorization"::equalsIgnoreCase)) {
            request.header("Authorization", "Bearer " + token.get());
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), body(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }

    /** The path (with its query) against the base; characters a URI may not hold, such as Vietnamese letters, quoted. */
    static URI resolve(URI base, String path) {
        try {
            return base.resolve(path);
        } catch (IllegalArgumentException notEncoded) {
            int question = path.indexOf('?');
            try {
                return base.resolve(new URI(null, null, question < 0 ? path : path.substring(0, question),
                        question < 0 ? null : path.substring(question + 1), null));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("not a path: " + path, e);
            }
        }
    }

    private static byte[] bytes(Object body) {
        return switch (body) {
            case String text -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case byte[] raw -> raw;
            default -> JSON.writeValueAsBytes(body);
        };
    }

    private static JsonNode body(String text) {
        if (text.isEmpty()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return StringNode.valueOf(text); // not JSON: Prometheus' text format, an HTML page
        }
    }

    /**
     * A service's answer: the status, the headers (names as the server sent them; {@link #header} ignores case) and
     * the body — JSON as a tree, a body that is not JSON as a text node, no body as a missing node.
     */
    public record Response(int status, Map<String, List<String>> headers, JsonNode body) {

        private static final String PROBLEM_TYPE_PREFIX = "urn:lienthong:problem:";

        /** The first value of the header, or null. */
        public @Nullable String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        public @Nullable String contentType() {
            return header("Content-Type");
        }

        public @Nullable String location() {
            return header("Location");
        }

        /** The body as text: a JSON text as it reads, any other body as it came. */
        public String text() {
            return body.isString() ? body.asString() : body.isMissingNode() ? "" : body.toString();
        }

        /** The body, a JSON object, as maps, lists, strings, numbers and booleans. */
        public Map<String, Object> map() {
            requireBody(body.isObject(), "an object");
            return JSON.convertValue(body, new TypeReference<Map<String, Object>>() { });
        }

        /** The body, a JSON array of objects, as maps. */
        public List<Map<String, Object>> list() {
            requireBody(body.isArray(), "an array");
            return JSON.convertValue(body, new TypeReference<List<Map<String, Object>>>() { });
        }

        /** A top-level field of the body, as {@link #map} reads it, or null. */
        public @Nullable Object get(String field) {
            return map().get(field);
        }

        /** A top-level text field of the body, or null when it is missing or null. */
        public @Nullable String string(String field) {
            JsonNode value = body.get(field);
            return value == null || value.isNull() ? null : value.asString();
        }

        /** The problem's {@code type} without {@code urn:lienthong:problem:}, e.g. {@code unknown-unit}. */
        public @Nullable String problemType() {
            String type = string("type");
            return type != null && type.startsWith(PROBLEM_TYPE_PREFIX) ? type.substring(PROBLEM_TYPE_PREFIX.length())
                    : type;
        }

        /** The fields a validation problem names ({@code errors[].field}), in its order. */
        public List<String> errorFields() {
            JsonNode errors = body.get("errors");
            requireBody(errors != null && errors.isArray(), "a problem with errors");
            return Objects.requireNonNull(errors).valueStream().map(error -> error.path("field").asString()).toList();
        }

        private void requireBody(boolean holds, String expected) {
            if (!holds) {
                throw new AssertionError("expected " + expected + " as the body of the HTTP " + status
                        + " answer, got: " + text());
            }
        }
    }
}
