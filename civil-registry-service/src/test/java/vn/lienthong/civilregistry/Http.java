package vn.lienthong.civilregistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.devinfra.TestIdentityProvider;

/**
 * A plain HTTP client for the tests, calling as one caller (a bearer token of the test identity provider, or none):
 * the status, headers and body as JSON, whatever the status.
 */
public record Http(int port, @Nullable String token) {

    /** No token at all. */
    public static Http anonymous(int port) {
        return new Http(port, null);
    }

    /** The one-stop desk officer of the unit ({@code desk.<unit>}), who registers births and reads extracts. */
    public static Http desk(int port, String unitCode) {
        return new Http(port, TestIdentityProvider.token("desk." + unitCode.toLowerCase(Locale.ROOT)));
    }

    /** Anyone with an account: a police officer, a citizen, the operator, ... */
    public static Http person(int port, String username) {
        return new Http(port, TestIdentityProvider.token(username));
    }

    /** A machine client with its client-credentials token (prometheus, dossier-orchestrator, ...). */
    public static Http client(int port, String clientId) {
        return new Http(port, TestIdentityProvider.clientToken(clientId));
    }

    private static final HttpClient client = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    public record Answer(int status, Map<String, List<String>> headers, Object body) {
        @SuppressWarnings("unchecked")
        public Map<String, Object> object() {
            return (Map<String, Object>) body;
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) body;
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    public Answer get(String path) {
        return send(request(path).GET().build());
    }

    /** The body as text, for non-JSON resources such as Prometheus metrics. */
    public String getText(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer post(String path, String body, String... headers) {
        var request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Object body = response.body().isEmpty() ? null : json.readValue(response.body(), Object.class);
            return new Answer(response.statusCode(), response.headers().map(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
