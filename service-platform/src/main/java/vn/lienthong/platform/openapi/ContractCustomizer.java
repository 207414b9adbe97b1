package vn.lienthong.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The parts of the document that are the same in every service: its {@code info}, one bearer-token scheme of the
 * configured issuer required by every operation outside {@code lienthong.security.public-paths}, JSON rather than
 * {@code *}/{@code *}, and the error responses ({@link ErrorResponses}). Global: for every group of operations
 * too, should a service define some.
 */
final class ContractCustomizer implements GlobalOpenApiCustomizer {

    static final String BEARER = "bearer";
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final String ANY = org.springframework.http.MediaType.ALL_VALUE;

    private final Supplier<Info> info;
    private final URI issuer;
    private final List<PathPattern> publicPaths;

    ContractCustomizer(Supplier<Info> info, URI issuer, List<String> publicPaths) {
        this.info = info;
        this.issuer = issuer;
        this.publicPaths = publicPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.setInfo(info.get());
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSecuritySchemes(BEARER, bearerScheme());
        ErrorResponses.addSchemas(openApi.getComponents());
        // Per operation instead: the public paths need none.
        openApi.setSecurity(null);
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean publicPath = isPublic(path);
            operation.setSecurity(publicPath ? null : List.of(new SecurityRequirement().addList(BEARER)));
            jsonOnly(operation);
            ErrorResponses.document(path, method, operation, publicPath);
        }));
    }

    private SecurityScheme bearerScheme() {
        String base = issuer.toString().replaceAll("/+$", "");
        return new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description(("An access token (a JWT signed RS256) of the OpenID Connect issuer %s (discovery: "
                        + "%s/.well-known/openid-configuration): people sign in with the authorization code flow and "
                        + "PKCE, services use client credentials. Sent as Authorization: Bearer <token>; in the local "
                        + "stack bin/token USERNAME prints one.").formatted(base, base));
    }

    boolean isPublic(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return publicPaths.stream().anyMatch(pattern -> pattern.matches(container));
    }

    /** A body or success answer springdoc left as {@code *}/{@code *} is the JSON every handler reads and writes. */
    private static void jsonOnly(Operation operation) {
        if (operation.getRequestBody() != null) {
            replaceAny(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null) {
            operation.getResponses().forEach((code, response) -> replaceAny(response.getContent()));
        }
    }

    private static void replaceAny(@Nullable Content content) {
        if (content == null || !content.containsKey(ANY)) {
            return;
        }
        MediaType any = content.remove(ANY);
        content.putIfAbsent(JSON, any);
    }
}
