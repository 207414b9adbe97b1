package vn.lienthong.identity;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The issuer identifier: the configured {@code lienthong.identity.issuer}, fixed rather than taken from each
 * request, so {@code localhost} and {@code 127.0.0.1} callers get the same one. A configured port 0 (the default
 * issuer when the server is started with {@code --server.port=0}, as in tests) becomes the port the server got.
 */
public final class Issuer implements ApplicationListener<WebServerInitializedEvent> {

    private volatile URI uri;

    Issuer(String configured) {
        String trimmed = configured.trim();
        this.uri = URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("lienthong.identity.issuer must be an absolute URL: " + configured);
        }
    }

    public URI uri() {
        return uri;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // The management server (if ever on a port of its own) has a namespace; the main one has none.
        if (uri.getPort() == 0 && event.getApplicationContext().getServerNamespace() == null) {
            try {
                uri = new URI(uri.getScheme(), uri.getUserInfo(), uri.getHost(), event.getWebServer().getPort(),
                        uri.getPath(), null, null);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
