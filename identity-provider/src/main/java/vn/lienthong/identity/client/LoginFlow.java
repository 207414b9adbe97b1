package vn.lienthong.identity.client;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Gets access tokens from an OpenID Connect provider the way a person or a machine does (DESIGN.md §6), with
 * nothing but the JDK: the authorization-code flow with PKCE (S256) through the public client
 * {@code lienthong-cli} — open the authorize URL, fill the login form (fields {@code username} and
 * {@code password}, plus its hidden fields such as {@code _csrf}), follow the redirects until the one to the
 * redirect URI, whose {@code code} is exchanged — and the client-credentials grant. Redirects are followed by
 * hand: nothing listens on the redirect URI. The endpoints come from the discovery document, so the flow works
 * with the local provider and with Keycloak alike.
 */
public final class LoginFlow {

    public static final String CLIENT_ID = "lienthong-cli";
    public static final String REDIRECT_URI = "http://127.0.0.1:8765/callback";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_REDIRECTS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("(?is)<form\\b([^>]*)>(.*?)</form>");
    private static final Pattern INPUT = Pattern.compile("(?is)<input\\b([^>]*)>");

    private LoginFlow() {
    }

    /** Signs {@code username} in with {@code password} and returns the access token (a JWT). */
    public static String accessToken(URI issuer, String username, String password) {
        try (HttpClient http = newClient()) {
            Endpoints endpoints = discover(http, issuer);
            String verifier = randomToken(48);
            String state = randomToken(16);
            String separator = endpoints.authorization().contains("?") ? "&" : "?";
            URI authorize = URI.create(endpoints.authorization() + separator + form(Map.of(
                            "response_type", "code",
                            "client_id", CLIENT_ID,
                            "redirect_uri", REDIRECT_URI,
                            "scope", "openid",
                            "state", state,
                            "code_challenge", challenge(verifier),
                            "code_challenge_method", "S256")));

            Landing landing = follow(http, get(authorize), issuer);
            if (landing.redirect() == null) {
                LoginForm login = LoginForm.in(landing.page());
                Map<String, String> fields = new LinkedHashMap<>(login.hiddenFields());
                fields.put("username", username);
                fields.put("password", password);
                landing = follow(http, post(login.action(), form(fields), null), issuer);
                if (landing.redirect() == null) {
                    // The form again (Keycloak) or the login page with an error (Spring Security).
                    throw new LoginFailedException("wrong username or password for " + username + " at " + issuer);
                }
            }
            Map<String, String> callback = query(landing.redirect());
            if (callback.containsKey("error")) {
                throw new LoginFailedException("the identity provider refused the sign-in: " + callback.get("error")
                        + Optional.ofNullable(callback.get("error_description")).map(d -> " (" + d + ")").orElse(""));
            }
            if (!state.equals(callback.get("state")) || callback.get("code") == null) {
                throw new LoginFailedException("the identity provider's redirect carries no code for this request");
            }
            HttpResponse<String> token = send(http, post(endpoints.token(), form(Map.of(
                    "grant_type", "authorization_code",
                    "code", callback.get("code"),
                    "redirect_uri", REDIRECT_URI,
                    "client_id", CLIENT_ID,
                    "code_verifier", verifier)), null), issuer);
            return accessTokenOf(token, "the code exchange for " + username);
        }
    }

    /** A token for a machine client (client-credentials grant, client_secret_basic). */
    public static String clientCredentials(URI issuer, String clientId, String secret) {
        try (HttpClient http = newClient()) {
            Endpoints endpoints = discover(http, issuer);
            // RFC 6749 §2.3.1: the client ID and secret are form-encoded before Basic encoding.
            String basic = Base64.getEncoder().encodeToString((encode(clientId) + ":" + encode(secret))
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> token = send(http, post(endpoints.token(),
                    form(Map.of("grant_type", "client_credentials")), "Basic " + basic), issuer);
            if (token.statusCode() == 401) {
                throw new LoginFailedException("client authentication failed for " + clientId
                        + " at " + issuer + " (wrong client ID or secret)");
            }
            return accessTokenOf(token, "the client-credentials request of " + clientId);
        }
    }

    private record Endpoints(String authorization, URI token) {
    }

    /** Where a chain of redirects ended: at the redirect URI, or on a page. */
    private record Landing(@Nullable URI redirect, HttpResponse<String> page) {
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
    }

    private static Endpoints discover(HttpClient http, URI issuer) {
        String base = issuer.toString().endsWith("/") ? issuer.toString().substring(0, issuer.toString().length() - 1)
                : issuer.toString();
        HttpResponse<String> discovery = send(http, HttpRequest.newBuilder(
                URI.create(base + "/.well-known/openid-configuration")).timeout(TIMEOUT).GET().build(), issuer);
        if (discovery.statusCode() != 200) {
            throw new LoginFailedException("no OpenID Connect discovery document at " + issuer
                    + " (HTTP " + discovery.statusCode() + ")");
        }
        String authorization = jsonString(discovery.body(), "authorization_endpoint");
        String token = jsonString(discovery.body(), "token_endpoint");
        if (authorization == null || token == null) {
            throw new LoginFailedException("the discovery document of " + issuer
                    + " names no authorization or token endpoint");
        }
        return new Endpoints(authorization, URI.create(token));
    }

    private static Landing follow(HttpClient http, HttpRequest first, URI issuer) {
        HttpResponse<String> response = send(http, first, issuer);
        for (int redirects = 0; redirects < MAX_REDIRECTS; redirects++) {
            int status = response.statusCode();
            if (status < 300 || status >= 400) {
                if (status != 200) {
                    throw new LoginFailedException("the identity provider answered HTTP " + status + " at "
                            + response.uri() + errorIn(response.body()));
                }
                return new Landing(null, response);
            }
            String location = response.headers().firstValue("Location")
                    .orElseThrow(() -> new LoginFailedException("a redirect without Location from " + issuer));
            URI next = response.uri().resolve(location);
            if (next.toString().startsWith(REDIRECT_URI)) {
                return new Landing(next, response);
            }
            response = send(http, get(next), issuer);
        }
        throw new LoginFailedException("too many redirects from " + issuer);
    }

    /** The login form of a page: the form with a password field, its action and its hidden fields. */
    private record LoginForm(URI action, Map<String, String> hiddenFields) {

        static LoginForm in(HttpResponse<String> page) {
            return loginForm(page.body(), page.uri());
        }
    }

    private static LoginForm loginForm(String html, URI page) {
        Matcher forms = FORM.matcher(html);
        while (forms.find()) {
            String body = forms.group(2);
            Map<String, String> fields = new LinkedHashMap<>();
            boolean hasPassword = false;
            Matcher inputs = INPUT.matcher(body);
            while (inputs.find()) {
                String name = attribute(inputs.group(1), "name");
                String type = Optional.ofNullable(attribute(inputs.group(1), "type")).orElse("text");
                if ("password".equals(name)) {
                    hasPassword = true;
                } else if (name != null && type.equalsIgnoreCase("hidden")) {
                    fields.put(name, Optional.ofNullable(attribute(inputs.group(1), "value")).orElse(""));
                }
            }
            if (hasPassword) {
                String action = attribute(forms.group(1), "action");
                return new LoginForm(action == null || action.isEmpty() ? page : page.resolve(action), fields);
            }
        }
        throw new LoginFailedException("no login form (with a password field) at " + page);
    }

    private static @Nullable String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("(?is)(?:^|\\s)" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))")
                .matcher(attributes);
        if (!matcher.find()) {
            return null;
        }
        String value = matcher.group(1) != null ? matcher.group(1)
                : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        return unescapeHtml(value);
    }

    private static String unescapeHtml(String value) {
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String accessTokenOf(HttpResponse<String> response, String what) {
        String token = response.statusCode() == 200 ? jsonString(response.body(), "access_token") : null;
        if (token == null) {
            throw new LoginFailedException(what + " failed: HTTP " + response.statusCode() + errorIn(response.body()));
        }
        return token;
    }

    private static String errorIn(String body) {
        String error = jsonString(body, "error");
        if (error == null) {
            return "";
        }
        String description = jsonString(body, "error_description");
        return " " + error + (description == null ? "" : " (" + description + ")");
    }

    /** A top-level string member of a small JSON object; enough for token and discovery answers. */
    static @Nullable String jsonString(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(json);
        return matcher.find() ? matcher.group(1).replace("\\/", "/").replace("\\\"", "\"") : null;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    /** A browser's GET: Spring Security keeps the authorize request for after the login only if HTML is asked for. */
    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
    }

    private static HttpRequest post(URI uri, String form, @Nullable String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request, URI issuer) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LoginFailedException("identity provider not reachable at " + issuer + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginFailedException("interrupted while talking to " + issuer, e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** PKCE S256: BASE64URL(SHA-256(ASCII(code_verifier))). */
    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
