package vn.lienthong.testsupport;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lienthong.identity.IdentityProviderApplication;
import vn.lienthong.identity.Issuer;
import vn.lienthong.identity.client.LoginFlow;

/**
 * The tests' identity provider: the real one (module identity-provider), started once per JVM, when first asked
 * for, on a free port of the loopback interface. Tokens come through the real flows ({@link LoginFlow}: the login
 * form with PKCE for people, client credentials for machines) and are kept per account for 20 minutes (they live
 * 30). {@link IdentityProviderInitializer} points a service's test context at it.
 */
public final class TestIdentityProvider {

    public static final String DEMO_PASSWORD = "demo";
    public static final String DEMO_CLIENT_SECRET = "demo-secret";

    private static final Duration REFRESH_AFTER = Duration.ofMinutes(20);
    private static final Map<String, Token> PEOPLE = new ConcurrentHashMap<>();
    private static final Map<String, Token> CLIENTS = new ConcurrentHashMap<>();

    private static @Nullable URI issuer;

    private TestIdentityProvider() {
    }

    /** The issuer URL, {@code http://127.0.0.1:<port>}; starts the provider on the first call. */
    public static synchronized URI issuer() {
        if (issuer == null) {
            // On a thread of its own: a @SpringBootTest that runs its service's main method hooks every Spring
            // application started on the test's thread (a thread-local hook), and would make this one a copy of
            // the test's context, with its broker and this very initializer.
            var started = new java.util.concurrent.atomic.AtomicReference<URI>();
            var failure = new java.util.concurrent.atomic.AtomicReference<RuntimeException>();
            Thread starter = new Thread(() -> {
                try {
                    ConfigurableApplicationContext provider = IdentityProviderApplication.application()
                            .registerShutdownHook(true)
                            // Explicit, so no SERVER_* or LIENTHONG_IDENTITY_ISSUER of the environment moves it.
                            .run("--server.port=0", "--server.address=127.0.0.1",
                                    "--lienthong.identity.issuer=http://127.0.0.1:0");
                    started.set(provider.getBean(Issuer.class).uri());
                } catch (RuntimeException e) {
                    failure.set(e);
                }
            }, "test-identity-provider");
            starter.start();
            try {
                starter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the identity provider started", e);
            }
            if (failure.get() != null) {
                throw failure.get();
            }
            issuer = started.get();
        }
        return issuer;
    }

    /** An access token of a demo account (password {@code demo}), e.g. {@code desk.000.26.45.h26}. */
    public static String token(String username) {
        return cached(PEOPLE, username, () -> LoginFlow.accessToken(issuer(), username, DEMO_PASSWORD));
    }

    /** An access token of a machine client (secret {@code demo-secret}), e.g. {@code carrier}. */
    public static String clientToken(String clientId) {
        return cached(CLIENTS, clientId, () -> LoginFlow.clientCredentials(issuer(), clientId, DEMO_CLIENT_SECRET));
    }

    private record Token(String value, Instant obtained) {

        boolean fresh() {
            return obtained.plus(REFRESH_AFTER).isAfter(Instant.now());
        }
    }

    private static String cached(Map<String, Token> tokens, String key, Supplier<String> fetch) {
        return tokens.compute(key, (name, old) ->
                old != null && old.fresh() ? old : new Token(fetch.get(), Instant.now())).value();
    }
}
