package vn.lienthong.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import vn.lienthong.platform.testapp.RawHttp.Answer;
import vn.lienthong.testsupport.ServiceIntegrationTest;

/** What a fuzzer sends: every answer a 4xx problem (never a 5xx, never a bare container page), echoing nothing. */
@ServiceIntegrationTest
class BoundaryIT {

    private static final String PROBLEM = "application/problem+json";

    @Value("${local.server.port}") int port;

    // 1. Wrong request shapes

    @Test
    void answersAWildcardContentTypeWithA415Problem() throws Exception {
        Answer answer = post("/api/v1/test/registrations", "*/*", "{\"fullName\":\"An\",\"dateOfBirth\":\"2000-01-01\"}");

        assertProblem(answer, 415);
    }

    @Test
    void answersMultipartOnAJsonEndpointWithA415Problem() throws Exception {
        String body = "--b\r\nContent-Disposition: form-data; name=\"fullName\"\r\n\r\nAn\r\n--b--\r\n";
        Answer answer = post("/api/v1/test/registrations", "multipart/form-data; boundary=b", body);

        assertProblem(answer, 415);
    }

    @Test
    void answersAnInvalidPercentEncodingInAQueryParameterWithA400Problem() throws Exception {
        assertProblem(get("/api/v1/test/units?unitCode=%FF"), 400);
        assertProblem(get("/api/v1/test/units?unitCode=%"), 400);
        assertProblem(get("/api/v1/test/units?unitCode=%G1"), 400);
    }

    @Test
    void answersANullElementOfAValidatedListWithA400NamingIt() throws Exception {
        Answer answer = post("/api/v1/test/batches", "application/json", "{\"documents\":[null]}");

        assertProblem(answer, 400);
        assertThat(answer.body()).contains("documents[0]");
    }

    @Test
    void answersAWrongMethodWithA405Problem() throws Exception {
        Answer answer = RawHttp.send(port, "GET /api/v1/test/registrations HTTP/1.1\r\n" + RawHttp.bearer()
                + "Accept: application/json\r\n", "");

        assertProblem(answer, 405);
        assertThat(answer.headers()).containsKey("allow");
    }

    @Test
    void answersAnUnknownApiPathWithA404Problem() throws Exception {
        assertProblem(get("/api/v1/test/nothing-here"), 404);
        assertProblem(RawHttp.send(port, "GET /api/nothing HTTP/1.1\r\n" + RawHttp.bearer()
                + "Accept: text/html\r\n", ""), 404);
        assertProblem(RawHttp.send(port, "DELETE /api/v1/nothing HTTP/1.1\r\n" + RawHttp.bearer(), ""), 404);
    }

    // 2. Container rejections

    @Test
    void answersAnEncodedSlashInThePathWithAProblem() throws Exception {
        Answer answer = get("/api/v1/test/units%2Fsecret-path?unitCode=x");

        assertContainerProblem(answer, 400);
        assertThat(answer.body()).doesNotContain("secret-path").doesNotContain("%2F");
    }

    @Test
    void answersAnEncodedNulInThePathWithAProblem() throws Exception {
        Answer answer = get("/api/v1/test/secret-path%00x");

        assertContainerProblem(answer, 400);
        assertThat(answer.body()).doesNotContain("secret-path");
    }

    @Test
    void answersAnOverlongUriWithAProblem() throws Exception {
        Answer answer = get("/api/v1/test/units?unitCode=" + "secret".repeat(3_000));

        assertContainerProblem(answer, 400, 414);
        assertThat(answer.body()).doesNotContain("secretsecret");
    }

    @Test
    void answersHeadersOverTheLimitWithAProblem() throws Exception {
        Answer answer = RawHttp.send(port, "GET /api/v1/test/units?unitCode=x HTTP/1.1\r\n" + RawHttp.bearer()
                + "X-Padding: " + "secret".repeat(2_000) + "\r\n", "");

        assertContainerProblem(answer, 400, 431);
        assertThat(answer.body()).doesNotContain("secretsecret");
    }

    @Test
    void answersAnErrorDispatchWhateverTheAcceptHeaderAsks() throws Exception {
        Answer answer = RawHttp.send(port, "GET /api/v1/test/units%2F..%2Fsecret HTTP/1.1\r\n" + RawHttp.bearer()
                + "Accept: text/html\r\n", "");

        assertContainerProblem(answer, 400);
    }

    @Test
    void answersAFirewallRefusalThroughTheErrorDispatchWithAProblem() throws Exception {
        Answer semicolon = RawHttp.send(port, "GET /api/v1/test/units;secret=1?unitCode=x HTTP/1.1\r\n"
                + RawHttp.bearer() + "Accept: text/html\r\n", "");
        assertContainerProblem(semicolon, 400);
        assertThat(semicolon.body()).doesNotContain("secret");

        Answer backslash = get("/api/v1/test/units%5Csecret?unitCode=x");
        assertContainerProblem(backslash, 400);
        assertThat(backslash.body()).doesNotContain("secret");
    }

    // 3. No reflection

    private static final String SCRIPT = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
    private static final String CRLF_INJECTION = "%0D%0AX-Injected:%20yes";

    @Test
    void namesAMistypedPathVariableWithoutEchoingIt() throws Exception {
        Answer answer = get("/api/v1/test/dossiers/%3Cscript%3E?page=1&unitCode=A");

        assertProblem(answer, 400);
        assertThat(errors(answer)).containsExactly(Map.of("field", "number", "message", "wrong type or format"));
        assertEchoesNothing(answer);
    }

    @Test
    void refusesACrlfInAPathVariableWithoutEchoingIt() throws Exception {
        Answer answer = get("/api/v1/test/dossiers/1" + CRLF_INJECTION + "?page=1&unitCode=A");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertEchoesNothing(answer);
    }

    @Test
    void namesAMistypedQueryParameterWithoutEchoingIt() throws Exception {
        Answer answer = get("/api/v1/test/dossiers/1?unitCode=A&page=" + SCRIPT + CRLF_INJECTION);

        assertProblem(answer, 400);
        assertThat(errors(answer)).containsExactly(Map.of("field", "page", "message", "wrong type or format"));
        assertEchoesNothing(answer);
    }

    @Test
    void namesAQueryParameterBreakingItsRuleWithoutEchoingIt() throws Exception {
        Answer answer = get("/api/v1/test/dossiers/1?page=1&unitCode=" + SCRIPT + CRLF_INJECTION);

        assertProblem(answer, 400);
        assertThat(errors(answer)).extracting(e -> e.get("field")).containsExactly("unitCode");
        assertEchoesNothing(answer);
    }

    @Test
    void namesAMissingQueryParameter() throws Exception {
        Answer answer = get("/api/v1/test/dossiers/1?unitCode=A");

        assertProblem(answer, 400);
        assertThat(errors(answer)).containsExactly(Map.of("field", "page", "message", "is required"));
    }

    @Test
    void namesABindingFailureWithoutEchoingIt() throws Exception {
        Answer answer = get("/api/v1/test/searches?page=" + SCRIPT + CRLF_INJECTION);

        assertProblem(answer, 400);
        assertThat(errors(answer)).containsExactly(Map.of("field", "page", "message", "wrong type or format"));
        assertEchoesNothing(answer);
    }

    @Test
    void namesAWrongBodyFieldWithoutEchoingIt() throws Exception {
        Answer answer = post("/api/v1/test/registrations", "application/json",
                "{\"fullName\":\"An\",\"dateOfBirth\":\"<script>\\r\\nX-Injected: yes\",\"personalIdNumber\":\"<script>\"}");

        assertProblem(answer, 400);
        assertEchoesNothing(answer);
    }

    // 4. Strict JSON

    @Test
    void refusesANumberOrABooleanWhereTextIsExpected() throws Exception {
        assertWrongField(register("{\"fullName\":12,\"dateOfBirth\":\"2000-01-01\"}"), "fullName");
        assertWrongField(register("{\"fullName\":1.5,\"dateOfBirth\":\"2000-01-01\"}"), "fullName");
        assertWrongField(register("{\"fullName\":true,\"dateOfBirth\":\"2000-01-01\"}"), "fullName");
    }

    @Test
    void refusesANumberWhereADateIsExpected() throws Exception {
        assertWrongField(register("{\"fullName\":\"An\",\"dateOfBirth\":20000}"), "dateOfBirth");
    }

    @Test
    void refusesADateOutsideRfc3339() throws Exception {
        assertWrongField(register("{\"fullName\":\"An\",\"dateOfBirth\":\"-0001-01-01\"}"), "dateOfBirth");
        assertWrongField(register("{\"fullName\":\"An\",\"dateOfBirth\":\"+10000-01-01\"}"), "dateOfBirth");
        assertWrongField(register("{\"fullName\":\"An\",\"dateOfBirth\":\"2023-02-29\"}"), "dateOfBirth");
    }

    @Test
    void refusesDuplicateKeys() throws Exception {
        Answer answer = register("{\"fullName\":\"An\",\"fullName\":\"Bo\",\"dateOfBirth\":\"2000-01-01\"}");

        assertProblem(answer, 400);
        assertThat(answer.json()).containsEntry("type", "urn:lienthong:problem:malformed-request");
    }

    @Test
    void refusesTrailingTokens() throws Exception {
        Answer answer = register("{\"fullName\":\"An\",\"dateOfBirth\":\"2000-01-01\"} {\"fullName\":\"Bo\"}");

        assertProblem(answer, 400);
        assertThat(answer.json()).containsEntry("type", "urn:lienthong:problem:malformed-request");
        assertProblem(register("{\"fullName\":\"An\",\"dateOfBirth\":\"2000-01-01\"}]"), 400);
    }

    @Test
    void stillAcceptsAWellFormedBody() throws Exception {
        Answer answer = register("{\"fullName\":\"An\",\"dateOfBirth\":\"2000-01-01\",\"personalIdNumber\":\"001200000001\"}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json()).containsEntry("fullName", "An").containsEntry("dateOfBirth", "2000-01-01");
    }

    private Answer register(String json) throws Exception {
        return post("/api/v1/test/registrations", "application/json", json);
    }

    private static void assertWrongField(Answer answer, String field) {
        assertProblem(answer, 400);
        assertThat(errors(answer)).as(answer.toString()).extracting(e -> e.get("field")).containsExactly(field);
    }

    // 5. Body size limit

    @Test
    void refusesABodyDeclaredOverTheLimitUnread() throws Exception {
        // Declares 2 MB, sends 2 bytes: the answer comes without the server waiting for the rest.
        Answer answer = RawHttp.send(port, "POST /api/v1/test/registrations HTTP/1.1\r\n" + RawHttp.bearer()
                + "Content-Type: application/json\r\nContent-Length: 2000000\r\n", "{}");

        assertProblem(answer, 413);
        assertThat(answer.json()).containsEntry("type", "urn:lienthong:problem:payload-too-large");
    }

    @Test
    void refusesAChunkedBodyOnceItPassesTheLimit() throws Exception {
        String json = "{\"fullName\":\"" + "a".repeat(1_100_000) + "\",\"dateOfBirth\":\"2000-01-01\"}";
        StringBuilder chunked = new StringBuilder();
        for (int at = 0; at < json.length(); at += 65_536) {
            String chunk = json.substring(at, Math.min(json.length(), at + 65_536));
            chunked.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        chunked.append("0\r\n\r\n");
        Answer answer = RawHttp.send(port, "POST /api/v1/test/registrations HTTP/1.1\r\n" + RawHttp.bearer()
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", chunked.toString());

        assertProblem(answer, 413);
        assertThat(answer.json()).containsEntry("type", "urn:lienthong:problem:payload-too-large");
    }

    @Test
    void acceptsABodyUnderTheLimit() throws Exception {
        Answer answer = register("{\"fullName\":\"" + "a".repeat(900_000) + "\",\"dateOfBirth\":\"2000-01-01\"}");

        assertThat(answer.status()).as(answer.headers().toString()).isEqualTo(200);
    }

    // 6. Database unavailable

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"connection", "resource", "transient", "transaction", "hikari"})
    void answersADatabaseOutageWith503AndRetryAfter(String kind) throws Exception {
        Answer answer = post("/api/v1/test/outages?kind=" + kind, "application/json", "{}");

        assertProblem(answer, 503);
        assertThat(answer.json()).containsEntry("type", "urn:lienthong:problem:service-unavailable");
        assertThat(answer.headers()).containsEntry("retry-after", "5");
        assertThat(answer.body()).doesNotContain("Hikari").doesNotContain("JDBC");
    }

    private static void assertEchoesNothing(Answer answer) {
        assertThat(answer.body()).as(answer.toString()).doesNotContain("script").doesNotContain("<")
                .doesNotContain("\r").doesNotContain("\n").doesNotContain("\\r").doesNotContain("Injected")
                .doesNotContain("alert");
        assertThat(answer.headers()).doesNotContainKey("x-injected");
    }

    private static void assertContainerProblem(Answer answer, int... statuses) {
        assertThat(answer.status()).as(answer.toString()).isIn(java.util.Arrays.stream(statuses).boxed().toArray());
        assertProblem(answer, answer.status());
        assertThat(answer.json()).as(answer.toString()).containsEntry("detail",
                vn.lienthong.platform.web.Problems.fixed(answer.status()).detail());
    }

    private Answer post(String path, String contentType, String body) throws Exception {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return RawHttp.send(port, "POST " + path + " HTTP/1.1\r\n" + RawHttp.bearer() + "Content-Type: " + contentType
                + "\r\nContent-Length: " + bytes.length + "\r\n", bytes);
    }

    private Answer get(String path) throws Exception {
        return RawHttp.send(port, "GET " + path + " HTTP/1.1\r\n" + RawHttp.bearer() + "Accept: application/json\r\n", "");
    }

    static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith(PROBLEM);
        assertThat(answer.json()).as(answer.toString()).containsEntry("status", status).containsKey("type").containsKey("title");
    }

    private static List<Map<String, String>> errors(Answer answer) {
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) answer.json().get("errors");
        return errors;
    }
}
