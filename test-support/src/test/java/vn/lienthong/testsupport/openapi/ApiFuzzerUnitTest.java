package vn.lienthong.testsupport.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fuzzer against a tiny server (the JDK's) whose every endpoint has one planted fault, or none. */
class ApiFuzzerUnitTest {

    private static final String PROBLEM = """
            {"type":"urn:lienthong:problem:validation-failed","title":"Invalid request","status":400,\
            "detail":"The request is invalid."}""";

    /** Five operations, each answered by a handler below. */
    static final String DOCUMENT = """
            {
              "openapi": "3.1.0",
              "info": {"title": "Faults", "version": "1"},
              "security": [{"bearer": []}],
              "paths": {
                "/api/refusals": {"get": {"operationId": "refuse", "tags": ["Faults"],
                  "parameters": [{"name": "code", "in": "query", "required": true,
                                  "schema": {"type": "string", "pattern": "^[A-Z]{2}$"}}],
                  "responses": {"200": {"description": "never"}}}},
                "/api/echoes": {"get": {"operationId": "echo", "tags": ["Faults"],
                  "parameters": [{"name": "code", "in": "query", "required": true, "schema": {"type": "string"}}],
                  "responses": {"200": {"description": "never"}}}},
                "/api/crashes": {"post": {"operationId": "crash", "tags": ["Faults"],
                  "requestBody": {"required": true, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["name"],
                    "properties": {"name": {"type": "string", "example": "An"}}}}}},
                  "responses": {"200": {"description": "ok"}}}},
                "/api/pages/{page}": {"get": {"operationId": "page", "tags": ["Faults"],
                  "parameters": [{"name": "page", "in": "path", "required": true,
                                  "schema": {"type": "integer", "format": "int32"}}],
                  "responses": {"200": {"description": "ok"}}}},
                "/api/lenient": {"post": {"operationId": "accept", "tags": ["Faults"],
                  "requestBody": {"required": true, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["count"],
                    "properties": {"count": {"type": "integer", "example": 1}}}}}},
                  "responses": {"200": {"description": "ok"}}}}
              }
            }""";

    private HttpServer server;
    private URI base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // A problem for everything, echoing nothing: the control.
        server.createContext("/api/refusals", exchange -> answer(exchange, 400, "application/problem+json", PROBLEM));
        // Its problem repeats the query it was sent.
        server.createContext("/api/echoes", exchange -> answer(exchange, 400, "application/problem+json",
                PROBLEM.replace("The request is invalid.", "No record has the code "
                        + exchange.getRequestURI().getRawQuery().replace("\"", "") + ".")));
        // Fails on a NUL in the body, as a database would.
        server.createContext("/api/crashes", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (body.contains("\\u0000")) {
                answer(exchange, 500, "application/problem+json", PROBLEM.replace("400", "500"));
            } else {
                answer(exchange, 400, "application/problem+json", PROBLEM);
            }
        });
        // An HTML error page, as a container's.
        server.createContext("/api/pages", exchange -> answer(exchange, 404, "text/html", "<h1>Not Found</h1>"));
        // Accepts whatever it gets.
        server.createContext("/api/lenient", exchange -> answer(exchange, 200, "application/json", "{}"));
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void findsEachPlantedFaultAndNothingWhereNoneIs() {
        ApiFuzzer.Report report = fuzzer().run();

        assertThat(kinds(report, "refuse")).doesNotContain(ApiFuzzer.Kind.ECHO, ApiFuzzer.Kind.SERVER_ERROR,
                ApiFuzzer.Kind.ACCEPTED_INVALID, ApiFuzzer.Kind.NO_ANSWER);
        assertThat(kinds(report, "echo")).contains(ApiFuzzer.Kind.ECHO);
        // (The JDK's server answers a URI it cannot parse with its own HTML page: NOT_A_PROBLEM too.)
        assertThat(kinds(report, "crash")).contains(ApiFuzzer.Kind.SERVER_ERROR)
                .doesNotContain(ApiFuzzer.Kind.ECHO, ApiFuzzer.Kind.ACCEPTED_INVALID);
        assertThat(kinds(report, "page")).containsOnly(ApiFuzzer.Kind.NOT_A_PROBLEM);
        assertThat(kinds(report, "accept")).contains(ApiFuzzer.Kind.ACCEPTED_INVALID)
                .doesNotContain(ApiFuzzer.Kind.ECHO, ApiFuzzer.Kind.SERVER_ERROR);
        assertThat(report.operationsCovered()).containsExactly("accept", "crash", "echo", "page", "refuse");
        assertThat(report.byStatusClass()).containsKeys("2xx", "4xx", "5xx");
    }

    @Test
    void sendsTheSameRequestsForTheSameSeed() {
        assertThat(described(fuzzer().seed(7).plan())).isEqualTo(described(fuzzer().seed(7).plan()))
                .isNotEqualTo(described(fuzzer().seed(8).plan()));
    }

    @Test
    void keepsToTheBudgetAndCoversEveryCategoryFirst() {
        List<ApiFuzzer.Attempt> plan = fuzzer().casesPerOperation(12).plan();

        Map<String, List<ApiFuzzer.Attempt>> byOperation = plan.stream()
                .collect(Collectors.groupingBy(attempt -> attempt.operation().id()));
        assertThat(byOperation).hasSize(5)
                .allSatisfy((id, attempts) -> assertThat(attempts).hasSizeLessThanOrEqualTo(12));
        assertThat(byOperation.get("crash")).extracting(ApiFuzzer.Attempt::category).first().isEqualTo("valid");
        assertThat(byOperation.get("crash")).extracting(ApiFuzzer.Attempt::category).contains("malformed JSON",
                "content type", "mistyped", "missing fields", "strings", "null", "extra fields", "headers", "auth");
        assertThat(fuzzer().casesPerOperation(1).plan()).extracting(ApiFuzzer.Attempt::category).containsOnly("valid");
    }

    @Test
    void startsFromTheDocumentsExampleAndMarksEveryMutatedString() {
        ApiFuzzer.Attempt valid = fuzzer().plan().stream()
                .filter(attempt -> attempt.operation().id().equals("crash") && attempt.category().equals("valid"))
                .findFirst().orElseThrow();
        ApiFuzzer.Attempt huge = fuzzer().casesPerOperation(500).plan().stream()
                .filter(attempt -> attempt.description().equals("5,000 characters in name"))
                .findFirst().orElseThrow();

        assertThat(valid.bodyPreview()).isEqualTo("{\"name\":\"An\"}");
        assertThat(huge.bodyLength()).isGreaterThan(5_000);
        assertThat(huge.bodyPreview()).startsWith("{\"name\":\"" + huge.marker());
        assertThat(huge.mustBeRefused()).isFalse();
    }

    @Test
    void sendsTheCallersTokenAndRunsTheCallersCheckAroundEveryRequest() {
        AtomicInteger before = new AtomicInteger();
        ApiFuzzer.Report report = fuzzer().only(operation -> operation.id().equals("refuse"))
                .hook(attempt -> {
                    before.incrementAndGet();
                    return answer -> attempt.number() == 3 ? Optional.of("a row appeared") : Optional.empty();
                })
                .run();

        assertThat(before.get()).isEqualTo(report.requests());
        assertThat(report.violations()).filteredOn(v -> v.kind() == ApiFuzzer.Kind.CHECK)
                .singleElement().satisfies(v -> assertThat(v.detail()).isEqualTo("a row appeared"));
    }

    @Test
    void judgesAnAnswerByItsStatusMediaTypeAndWhatItRepeats() {
        ApiFuzzer.Attempt attempt = fuzzer().plan().get(0);
        String marker = attempt.marker();

        assertThat(ApiFuzzer.judge(attempt, new ApiFuzzer.Answer(400,
                Map.of("content-type", "application/problem+json"), PROBLEM))).isEmpty();
        assertThat(ApiFuzzer.judge(attempt, new ApiFuzzer.Answer(400,
                Map.of("content-type", "application/problem+json;charset=UTF-8"), PROBLEM.replace("400", "404"))))
                .extracting(ApiFuzzer.Violation::detail).containsExactly("a problem whose status is not the answer's");
        assertThat(ApiFuzzer.judge(attempt, new ApiFuzzer.Answer(400, Map.of("content-type", "application/json"),
                "{}"))).extracting(ApiFuzzer.Violation::kind).containsExactly(ApiFuzzer.Kind.NOT_A_PROBLEM);
        assertThat(ApiFuzzer.judge(attempt, new ApiFuzzer.Answer(302, Map.of("location", "/x/" + marker), "")))
                .extracting(ApiFuzzer.Violation::kind).containsExactly(ApiFuzzer.Kind.ECHO);
        assertThat(ApiFuzzer.judge(attempt, new ApiFuzzer.Answer(200, Map.of(), marker))).isEmpty();
        assertThat(ApiFuzzer.judge(attempt, ApiFuzzer.Answer.none("Connection reset")))
                .extracting(ApiFuzzer.Violation::kind).containsExactly(ApiFuzzer.Kind.NO_ANSWER);
    }

    private ApiFuzzer fuzzer() {
        return ApiFuzzer.of(DOCUMENT, base).seed(13).casesPerOperation(60).tokens(operation -> "a-token");
    }

    private static List<ApiFuzzer.Kind> kinds(ApiFuzzer.Report report, String operationId) {
        return java.util.stream.Stream.concat(report.violations().stream(), report.contractMismatches().stream())
                .filter(v -> v.attempt().operation().id().equals(operationId))
                .map(ApiFuzzer.Violation::kind).distinct().toList();
    }

    private static List<String> described(List<ApiFuzzer.Attempt> plan) {
        return plan.stream().map(ApiFuzzer.Attempt::toString).toList();
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
