package vn.lienthong.platform.security;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default, checked at start-up: a handler under {@code /api} that does not say who may call it
 * ({@code @PreAuthorize} on the method or its class) stops the service from starting, naming the handler.
 */
final class EndpointRules implements SmartInitializingSingleton {

    private final ApplicationContext context;

    EndpointRules(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> unstated = context.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
                .flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
                .filter(entry -> underApi(entry.getKey()) && !statesWhoMayCall(entry.getValue()))
                .map(entry -> entry.getValue().getShortLogMessage())
                .sorted()
                .toList();
        if (!unstated.isEmpty()) {
            throw new IllegalStateException("Endpoints that do not say who may call them (@PreAuthorize): " + unstated);
        }
    }

    private static boolean underApi(RequestMappingInfo info) {
        return info.getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/api/"));
    }

    static boolean statesWhoMayCall(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }
}
