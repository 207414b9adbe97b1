package vn.lienthong.testsupport.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A fuzzer driven by an OpenAPI document (JSON, 3.0 or 3.1): for every operation it sends the valid request and a
 * bounded, seeded sample of mutations of it — malformed and mistyped JSON, missing, null and extra fields, huge and
 * control-character strings (NUL, CR LF, U+202E, lone surrogates, 5,000 characters), extreme dates and numbers, wrong
 * content types ({@code *}/{@code *}, multipart, text), bad percent-encodings in the query and the path ({@code %FF},
 * {@code %00}, encoded slashes), long and odd headers, missing and forged tokens — each over a fresh connection,
 * byte for byte, and reports what came back.
 *
 * <p>Violations: a 5xx; a 4xx (or 5xx) that is not an {@code application/problem+json} problem with type, title and
 * its status; an error answer (body or headers) that repeats the marker the case put in every string it controls; no
 * answer at all; a failed {@link Check} of the caller (row counts, say). Apart, as contract mismatches: a 2xx to a
 * request the document says is invalid (a wrong type, a missing required field, a value outside its enum, length,
 * pattern or range, a content type it does not list) — the document and the server disagree.
 *
 * <p>The same seed sends the same requests: each operation draws from its own generator (the seed and the
 * operation's method and path), so adding an operation changes no other operation's cases.
 *
 * <pre>{@code
 * ApiFuzzer.Report report = ApiFuzzer.of(apiDocs, URI.create("http://127.0.0.1:" + port))
 *         .seed(13).casesPerOperation(60)
 *         .tokens(operation -> tokenOf("desk.000.26.45.h26"))
 *         .hook(attempt -> { long rows = countRows(); return answer -> answer.refused() && countRows() != rows
 *                 ? Optional.of("a refused request wrote a row") : Optional.empty(); })
 *         .run();
 * assertThat(report.violations()).isEmpty();
 * }</pre>
 */
public final class ApiFuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    /** An operation of the document, as the fuzzer sees it. */
    public record Operation(String id, String method, String path, List<String> tags, boolean secured,
                            boolean hasBody) {

        @Override
        public String toString() {
            return id + " (" + method + " " + path + ")";
        }
    }

    /** One request sent: what it tried, and enough of it to reproduce it (the seed, the operation, the number). */
    public record Attempt(Operation operation, int number, String category, String description,
                          boolean mustBeRefused, String marker, String method, String target,
                          Optional<String> contentType, int bodyLength, String bodyPreview) {

        @Override
        public String toString() {
            return "#" + number + " " + operation.id() + " [" + category + ": " + description + "] " + method + " "
                    + printable(target, 160) + contentType.map(type -> " Content-Type: " + printable(type, 60)).orElse("")
                    + (bodyLength > 0 ? " body (" + bodyLength + " bytes): " + bodyPreview : "");
        }
    }

    /** What came back; status 0 when nothing did (the body then says why). */
    public record Answer(int status, Map<String, String> headers, String body) {

        static Answer none(String why) {
            return new Answer(0, Map.of(), why);
        }

        /** The media type, lower case, without parameters; "" when none. */
        public String mediaType() {
            return headers.getOrDefault("content-type", "").split(";")[0].trim().toLowerCase(Locale.ROOT);
        }

        public boolean refused() {
            return status >= 400;
        }

        public String statusClass() {
            return status == 0 ? "none" : status / 100 + "xx";
        }
    }

    public enum Kind {
        /** A 5xx answer. */
        SERVER_ERROR,
        /** A 4xx or 5xx that is not an application/problem+json problem with type, title and status. */
        NOT_A_PROBLEM,
        /** An error answer that repeats the marker the request carried. */
        ECHO,
        /** No answer, or one that is not HTTP. */
        NO_ANSWER,
        /** The caller's check after the answer failed. */
        CHECK,
        /** A 2xx to a request the document says is invalid (reported apart, as a contract mismatch). */
        ACCEPTED_INVALID
    }

    public record Violation(Kind kind, Attempt attempt, int status, String detail) {

        @Override
        public String toString() {
            return kind + " " + (status == 0 ? "" : status + " ") + detail + " <- " + attempt;
        }
    }

    /** The run's counts, the operations it covered and what it found. */
    public record Report(long seed, int casesPerOperation, int requests, Map<String, Integer> byStatusClass,
                         Map<Integer, Integer> byStatus, List<String> operationsCovered, List<Violation> violations,
                         List<Violation> contractMismatches) {

        public String summary() {
            StringBuilder out = new StringBuilder()
                    .append("ApiFuzzer: seed ").append(seed).append(", up to ").append(casesPerOperation)
                    .append(" cases per operation: ").append(requests).append(" requests over ")
                    .append(operationsCovered.size()).append(" operations\n")
                    .append("  by status class: ").append(byStatusClass).append('\n')
                    .append("  by status: ").append(byStatus).append('\n')
                    .append("  operations covered: ").append(operationsCovered).append('\n')
                    .append("  violations: ").append(violations.size())
                    .append(", contract mismatches: ").append(contractMismatches.size()).append('\n');
            violations.stream().limit(50).forEach(v -> out.append("  - ").append(v).append('\n'));
            contractMismatches.stream().limit(50).forEach(v -> out.append("  ~ ").append(v).append('\n'));
            return out.toString();
        }
    }

    /** Called before each request is sent; returns the check to run on its answer. */
    @FunctionalInterface
    public interface Hook {
        Check before(Attempt attempt);
    }

    /** A caller's check of an answer: a violation's text, or empty when all is well. */
    @FunctionalInterface
    public interface Check {
        Optional<String> after(Answer answer);
    }

    private final JsonNode document;
    private final URI base;
    private final long seed;
    private final int casesPerOperation;
    private final Function<Operation, String> tokens;
    private final Predicate<Operation> only;
    private final Hook hook;
    private final Duration timeout;

    private ApiFuzzer(JsonNode document, URI base, long seed, int casesPerOperation,
                      Function<Operation, String> tokens, Predicate<Operation> only, Hook hook, Duration timeout) {
        this.document = document;
        this.base = base;
        this.seed = seed;
        this.casesPerOperation = casesPerOperation;
        this.tokens = tokens;
        this.only = only;
        this.hook = hook;
        this.timeout = timeout;
    }

    /**
     * A fuzzer of the document's operations against the server at {@code base} (http or https, host, port and an
     * optional path prefix): seed 13, 60 cases per operation, no token, no hook, 20 s timeout until told otherwise.
     */
    public static ApiFuzzer of(String documentJson, URI base) {
        try {
            return new ApiFuzzer(JSON.readTree(documentJson), base, 13, 60, operation -> "", operation -> true,
                    attempt -> answer -> Optional.empty(), Duration.ofSeconds(20));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON document", e);
        }
    }

    public ApiFuzzer seed(long seed) {
        return new ApiFuzzer(document, base, seed, casesPerOperation, tokens, only, hook, timeout);
    }

    /** At most this many requests per operation (the valid one included); at least 1. */
    public ApiFuzzer casesPerOperation(int cases) {
        return new ApiFuzzer(document, base, seed, Math.max(1, cases), tokens, only, hook, timeout);
    }

    /** The access token for an operation (one that passes its role check); blank sends none. */
    public ApiFuzzer tokens(Function<Operation, String> tokens) {
        return new ApiFuzzer(document, base, seed, casesPerOperation, tokens, only, hook, timeout);
    }

    /** Only the operations that pass (the others are neither sent nor counted). */
    public ApiFuzzer only(Predicate<Operation> which) {
        return new ApiFuzzer(document, base, seed, casesPerOperation, tokens, which, hook, timeout);
    }

    /** Run around every request: e.g. count rows before, and check after that a refused request wrote none. */
    public ApiFuzzer hook(Hook hook) {
        return new ApiFuzzer(document, base, seed, casesPerOperation, tokens, only, hook, timeout);
    }

    /** How long to wait to connect and for each read (default 20 s). */
    public ApiFuzzer timeout(Duration timeout) {
        return new ApiFuzzer(document, base, seed, casesPerOperation, tokens, only, hook, timeout);
    }

    /** The operations that will be fuzzed, by path and method. */
    public List<Operation> operations() {
        return targets().stream().map(FuzzCases.Target::operation).toList();
    }

    /** The requests a run sends, without sending them (the same for the same seed). */
    public List<Attempt> plan() {
        return targets().stream().flatMap(target -> prepare(target).stream()).map(Prepared::attempt).toList();
    }

    public Report run() {
        Map<String, Integer> byClass = new TreeMap<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        TreeSet<String> covered = new TreeSet<>();
        List<Violation> violations = new ArrayList<>();
        List<Violation> mismatches = new ArrayList<>();
        int requests = 0;
        for (FuzzCases.Target target : targets()) {
            for (Prepared prepared : prepare(target)) {
                Check check = hook.before(prepared.attempt());
                Answer answer = FuzzHttp.send(base, prepared.request(), timeout);
                requests++;
                covered.add(target.operation().id());
                byClass.merge(answer.statusClass(), 1, Integer::sum);
                byStatus.merge(answer.status(), 1, Integer::sum);
                for (Violation violation : judge(prepared.attempt(), answer)) {
                    (violation.kind() == Kind.ACCEPTED_INVALID ? mismatches : violations).add(violation);
                }
                if (check != null) {
                    check.after(answer).ifPresent(detail ->
                            violations.add(new Violation(Kind.CHECK, prepared.attempt(), answer.status(), detail)));
                }
            }
        }
        return new Report(seed, casesPerOperation, requests, Collections.unmodifiableMap(byClass),
                Collections.unmodifiableMap(byStatus), List.copyOf(covered), List.copyOf(violations),
                List.copyOf(mismatches));
    }

    /** What is wrong with an answer to an attempt. */
    static List<Violation> judge(Attempt attempt, Answer answer) {
        List<Violation> found = new ArrayList<>();
        int status = answer.status();
        if (status == 0) {
            found.add(new Violation(Kind.NO_ANSWER, attempt, 0, answer.body()));
            return found;
        }
        if (status >= 500) {
            found.add(new Violation(Kind.SERVER_ERROR, attempt, status, "a server error"));
        }
        if (status >= 400) {
            String problem = problemFault(answer);
            if (problem != null) {
                found.add(new Violation(Kind.NOT_A_PROBLEM, attempt, status, problem));
            }
        }
        if (status < 200 || status >= 300) {
            String marker = attempt.marker().toLowerCase(Locale.ROOT);
            if (answer.body().toLowerCase(Locale.ROOT).contains(marker)) {
                found.add(new Violation(Kind.ECHO, attempt, status, "the body repeats the request's marker: "
                        + printable(around(answer.body(), attempt.marker()), 200)));
            }
            answer.headers().forEach((name, value) -> {
                if ((name + value).toLowerCase(Locale.ROOT).contains(marker)) {
                    found.add(new Violation(Kind.ECHO, attempt, status, "header " + name + " repeats the marker"));
                }
            });
        } else if (attempt.mustBeRefused()) {
            found.add(new Violation(Kind.ACCEPTED_INVALID, attempt, status,
                    "accepted a request the document says is invalid"));
        }
        return found;
    }

    private static String problemFault(Answer answer) {
        if (!answer.mediaType().equals("application/problem+json")) {
            return "answered " + (answer.mediaType().isEmpty() ? "without a Content-Type" : answer.mediaType())
                    + ", not application/problem+json";
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem == null || !problem.isObject()) {
                return "a problem that is not a JSON object";
            }
            if (!problem.path("type").isTextual() || !problem.path("title").isTextual()) {
                return "a problem without type or title";
            }
            if (problem.path("status").asInt(-1) != answer.status()) {
                return "a problem whose status is not the answer's";
            }
            return null;
        } catch (IOException e) {
            return "a problem that is not JSON";
        }
    }

    // The document

    private List<FuzzCases.Target> targets() {
        List<FuzzCases.Target> targets = new ArrayList<>();
        JsonNode paths = document.path("paths");
        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);
        Collections.sort(names);
        for (String path : names) {
            JsonNode item = paths.get(path);
            for (String method : METHODS) {
                if (item.has(method)) {
                    FuzzCases.Target target = target(path, method, item, item.get(method));
                    if (only.test(target.operation())) {
                        targets.add(target);
                    }
                }
            }
        }
        return targets;
    }

    private FuzzCases.Target target(String path, String method, JsonNode item, JsonNode operation) {
        Map<String, FuzzCases.Parameter> parameters = new LinkedHashMap<>();
        for (JsonNode declared : List.of(item.path("parameters"), operation.path("parameters"))) {
            for (JsonNode reference : declared) {
                JsonNode parameter = follow(reference);
                String in = parameter.path("in").asText();
                String name = parameter.path("name").asText();
                JsonNode schema = parameter.has("schema") ? parameter.get("schema")
                        : first(parameter.path("content")).path("schema");
                parameters.put(in + ":" + name, new FuzzCases.Parameter(name, in,
                        parameter.path("required").asBoolean("path".equals(in)), FuzzSchema.of(document, schema),
                        example(parameter)));
            }
        }
        JsonNode body = operation.has("requestBody") ? follow(operation.get("requestBody")) : null;
        FuzzSchema bodySchema = null;
        List<String> mediaTypes = new ArrayList<>();
        JsonNode bodyExample = null;
        if (body != null) {
            body.path("content").fieldNames().forEachRemaining(mediaTypes::add);
            JsonNode media = body.path("content").has(FuzzCases.JSON) ? body.path("content").get(FuzzCases.JSON)
                    : first(body.path("content"));
            bodySchema = FuzzSchema.of(document, media.get("schema"));
            bodyExample = example(media);
            if (mediaTypes.isEmpty()) {
                mediaTypes.add(FuzzCases.JSON);
            }
        }
        JsonNode security = operation.has("security") ? operation.get("security") : document.path("security");
        boolean secured = false;
        for (JsonNode requirement : security) {
            secured |= requirement.size() > 0;
        }
        List<String> tags = new ArrayList<>();
        operation.path("tags").forEach(tag -> tags.add(tag.asText()));
        String id = operation.path("operationId").asText(method + " " + path);
        Operation described = new Operation(id, method.toUpperCase(Locale.ROOT), path, List.copyOf(tags), secured,
                body != null);
        return new FuzzCases.Target(described, List.copyOf(parameters.values()), bodySchema,
                body != null && body.path("required").asBoolean(false), List.copyOf(mediaTypes), bodyExample);
    }

    private JsonNode follow(JsonNode node) {
        JsonNode at = node;
        for (int i = 0; at.has("$ref") && i < 10; i++) {
            String ref = at.get("$ref").asText();
            JsonNode target = document;
            for (String part : ref.replaceFirst("^#/", "").split("/")) {
                target = target.path(part);
            }
            at = target;
        }
        return at;
    }

    private static JsonNode first(JsonNode object) {
        Iterator<JsonNode> values = object.elements();
        return values.hasNext() ? values.next() : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static JsonNode example(JsonNode holder) {
        if (holder.has("example")) {
            return holder.get("example");
        }
        JsonNode examples = holder.path("examples");
        if (examples.isObject() && examples.size() > 0) {
            JsonNode value = first(examples).get("value");
            return value == null || value.isNull() ? null : value;
        }
        return null;
    }

    // The cases

    private record Prepared(Attempt attempt, FuzzHttp.Request request) {
    }

    private List<Prepared> prepare(FuzzCases.Target target) {
        Operation operation = target.operation();
        SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L
                * (operation.method() + " " + operation.path()).hashCode()));
        List<FuzzCases.Candidate> chosen = FuzzCases.sample(FuzzCases.candidates(target), casesPerOperation, random);
        List<Prepared> prepared = new ArrayList<>();
        for (int number = 0; number < chosen.size(); number++) {
            FuzzCases.Candidate candidate = chosen.get(number);
            String marker = marker(random);
            FuzzCases.Draft draft = FuzzCases.valid(target, marker);
            candidate.change().accept(draft);
            FuzzHttp.Request request = request(operation, draft);
            Attempt attempt = new Attempt(operation, number, candidate.category(), candidate.description(),
                    candidate.mustBeRefused(), marker, request.method(), request.target(),
                    Optional.ofNullable(draft.contentType), request.body() == null ? 0 : request.body().length,
                    request.body() == null ? "" : printable(new String(request.body(), StandardCharsets.UTF_8), 160));
            prepared.add(new Prepared(attempt, request));
        }
        return prepared;
    }

    /** Ten characters no answer would contain by chance: "zq" and eight of [a-z0-9]. */
    private static String marker(SplittableRandom random) {
        StringBuilder marker = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            marker.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(36)));
        }
        return marker.toString();
    }

    private FuzzHttp.Request request(Operation operation, FuzzCases.Draft draft) {
        StringBuilder target = new StringBuilder();
        for (String segment : operation.path().split("(?=\\{)|(?<=})")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                target.append(draft.path.getOrDefault(name, "x"));
            } else {
                target.append(segment);
            }
        }
        if (!draft.query.isEmpty()) {
            target.append('?');
            for (int i = 0; i < draft.query.size(); i++) {
                Map.Entry<String, String> parameter = draft.query.get(i);
                target.append(i == 0 ? "" : "&").append(parameter.getKey()).append('=').append(parameter.getValue());
            }
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        String token = tokens.apply(operation);
        switch (draft.auth) {
            case TOKEN -> {
                if (token != null && !token.isBlank()) {
                    headers.add(FuzzCases.entry("Authorization", "Bearer " + token));
                }
            }
            case BOGUS -> headers.add(FuzzCases.entry("Authorization",
                    "Bearer eyJhbGciOiJSUzI1NiJ9." + draft.marker + ".c2lnbmF0dXJl"));
            case NONE -> {
            }
        }
        headers.add(FuzzCases.entry("Accept", draft.accept));
        if (draft.contentType != null) {
            headers.add(FuzzCases.entry("Content-Type", draft.contentType));
        }
        headers.addAll(draft.headers);
        byte[] body = draft.body;
        if (body == null && draft.json != null) {
            body = JsonText.write(draft.json).getBytes(StandardCharsets.UTF_8);
        }
        if (body == null && List.of("POST", "PUT", "PATCH").contains(operation.method())) {
            body = new byte[0];
        }
        return new FuzzHttp.Request(operation.method(), target.toString(), headers, body);
    }

    // Text

    private static String around(String text, String marker) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(marker.toLowerCase(Locale.ROOT));
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + marker.length() + 60));
    }

    /** Control and invisible characters escaped, cut to a length: safe in a test report. */
    static String printable(String text, int max) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x200B && c <= 0x202E) || Character.isSurrogate(c)) {
                out.append("\\u%04x".formatted((int) c));
            } else {
                out.append(c);
            }
        }
        return i < text.length() ? out + "…(" + text.length() + " characters)" : out.toString();
    }
}
