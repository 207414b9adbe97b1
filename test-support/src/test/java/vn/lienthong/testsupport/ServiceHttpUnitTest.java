package vn.lienthong.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.testsupport.ServiceHttp.Response;

/** ServiceHttp against WireMock (started through WireMockServers): what it sends and how it reads the answers. */
class ServiceHttpUnitTest {

    static final WireMockServer service = WireMockServers.start();

    private final ServiceHttp http = ServiceHttp.on(service.port());

    @BeforeEach
    void reset() {
        service.resetAll();
        service.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    }

    @Test
    void sendsJsonBodiesTokensAndHeaders() {
        http.withToken("t0k3n").idempotencyKey("key-1").post("/api/v1/dossiers", Map.of("unitCode", "000.26.45.H26"));
        http.post("/raw", "{\"a\":1}");
        http.anonymous().header("Content-Type", "text/plain").put("/text", "plain words");

        LoggedRequest first = WireMockServers.requestsWithHeader(service, "Idempotency-Key", "key-1").getFirst();
        assertThat(first.getHeader("Authorization")).isEqualTo("Bearer t0k3n");
        assertThat(first.getHeader("Content-Type")).startsWith("application/json");
        assertThat(first.getBodyAsString()).isEqualTo("{\"unitCode\":\"000.26.45.H26\"}");
        List<LoggedRequest> all = service.getAllServeEvents().reversed().stream().map(e -> e.getRequest()).toList();
        assertThat(all.get(1).getBodyAsString()).isEqualTo("{\"a\":1}");
        assertThat(all.get(1).containsHeader("Authorization")).isFalse();
        assertThat(all.get(2).getHeader("Content-Type")).isEqualTo("text/plain");
        assertThat(all.get(2).getMethod().getName()).isEqualTo("PUT");
    }

    @Test
    void readsAProblemWhateverItsStatus() {
        service.stubFor(post(urlEqualTo("/api/v1/dossiers")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"urn:lienthong:problem:validation-failed","errors":[{"field":"child.sex"},
                         {"field":"residence"}]}""")));

        Response answer = http.post("/api/v1/dossiers", Map.of());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.problemType()).isEqualTo("validation-failed");
        assertThat(answer.errorFields()).containsExactly("child.sex", "residence");
        assertThat(answer.map()).containsKey("errors");
    }

    @Test
    void readsObjectsListsTextAndNothing() {
        service.stubFor(get(urlEqualTo("/one")).willReturn(okJson("{\"code\":\"X\",\"n\":2,\"none\":null}")
                .withHeader("Location", "/one/1")));
        service.stubFor(get(urlEqualTo("/many")).willReturn(okJson("[{\"code\":\"A\"},{\"code\":\"B\"}]")));
        service.stubFor(get(urlEqualTo("/metrics")).willReturn(aResponse().withBody("up 1\n")));

        Response one = http.get("/one");
        assertThat(one.string("code")).isEqualTo("X");
        assertThat(one.get("n")).isEqualTo(2);
        assertThat(one.string("none")).isNull();
        assertThat(one.location()).isEqualTo("/one/1");
        assertThat(one.header("LOCATION")).isEqualTo("/one/1");
        assertThat(http.get("/many").list()).extracting(m -> m.get("code")).containsExactly("A", "B");
        assertThat(http.get("/metrics").text()).isEqualTo("up 1\n");
        Response nothing = http.delete("/gone");
        assertThat(nothing.status()).isEqualTo(204);
        assertThat(nothing.text()).isEmpty();
        assertThatThrownBy(nothing::map).isInstanceOf(AssertionError.class).hasMessageContaining("204");
    }

    @Test
    void quotesWhatAPathMayNotHold() {
        service.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson("{}")));

        assertThat(http.get("/search?name=Lê Thị Hoa").status()).isEqualTo(200);
        assertThat(ServiceHttp.resolve(URI.create("http://127.0.0.1:1"), "/a?q=%C3%AA").toString())
                .as("an encoded path is left as it is").isEqualTo("http://127.0.0.1:1/a?q=%C3%AA");
    }
}
