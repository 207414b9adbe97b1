package vn.lienthong.identity;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;

/**
 * Wraps Spring Authorization Server's own context filter and, inside it, replaces the issuer it resolved from
 * the request with {@link Issuer}'s. The settings cannot carry the issuer: with {@code --server.port=0} the port
 * is known only after the filter chain is built.
 */
final class IssuerContextFilter implements Filter {

    /** The (package-private) class of Spring Authorization Server that resolves the issuer per request. */
    static final String WRAPPED_FILTER = "AuthorizationServerContextFilter";

    private final Filter wrapped;
    private final Issuer issuer;

    IssuerContextFilter(Filter wrapped, Issuer issuer) {
        this.wrapped = wrapped;
        this.issuer = issuer;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        wrapped.doFilter(request, response, (innerRequest, innerResponse) -> {
            AuthorizationServerContext resolved = AuthorizationServerContextHolder.getContext();
            if (resolved != null) {
                // The wrapped filter resets the holder when the request is done.
                AuthorizationServerContextHolder.setContext(
                        new FixedContext(issuer.uri().toString(), resolved.getAuthorizationServerSettings()));
            }
            chain.doFilter(innerRequest, innerResponse);
        });
    }

    private record FixedContext(String issuer, AuthorizationServerSettings settings)
            implements AuthorizationServerContext {

        @Override
        public String getIssuer() {
            return issuer;
        }

        @Override
        public AuthorizationServerSettings getAuthorizationServerSettings() {
            return settings;
        }
    }
}
