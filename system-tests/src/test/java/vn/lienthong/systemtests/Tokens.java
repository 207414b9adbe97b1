package vn.lienthong.systemtests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Access tokens for the system tests, obtained exactly as a newcomer obtains them: {@code bin/token USERNAME}
 * (the real authorization-code + PKCE login through the provider's login form) and {@code bin/token --client ID}.
 * Cached per account for the run (the provider's tokens last 30 minutes; each system flavour has its own provider).
 */
final class Tokens {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    private final URI issuer;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Tokens(URI issuer) {
        this.issuer = issuer;
    }

    String user(String username) {
        return cache.computeIfAbsent("user:" + username, key -> run(List.of("bin/token", username)));
    }

    String client(String clientId) {
        return cache.computeIfAbsent("client:" + clientId, key -> run(List.of("bin/token", "--client", clientId)));
    }

    /** Runs bin/token; its error line (never a secret) ends up in the failure message. */
    String run(List<String> command) {
        try {
            Path errors = Files.createTempFile("token", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).directory(REPOSITORY.toFile())
                    .redirectError(errors.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().put("LIENTHONG_ISSUER", issuer.toString());
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || out.isEmpty()) {
                throw new IllegalStateException(command + " failed: " + Files.readString(errors).strip());
            }
            Files.delete(errors);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
