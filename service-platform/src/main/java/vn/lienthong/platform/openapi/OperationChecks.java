package vn.lienthong.platform.openapi;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the document would get wrong, found at start-up (springdoc builds the document only when first asked):
 * two operations with one operationId stop the service, naming them; a handler whose success status the document
 * cannot know ({@link #unstatedSuccessStatus}) is logged as a warning, naming it, so the service annotates it.
 */
final class OperationChecks implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(OperationChecks.class);

    /** One documented operation: an HTTP method on a path, handled by a Java method. */
    record Documented(RequestMethod method, String path, HandlerMethod handler) {

        @Override
        public String toString() {
            return method + " " + path + " (" + handler.getBeanType().getSimpleName() + "#"
                    + handler.getMethod().getName() + ")";
        }
    }

    private final ApplicationContext context;

    OperationChecks(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Documented> operations = context.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
                .flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
                .flatMap(entry -> documented(entry.getKey(), entry.getValue()))
                .toList();
        Map<String, List<Documented>> duplicates = duplicateOperationIds(operations);
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("Operations sharing an operationId (rename the Java methods, or give "
                    + "@Operation(operationId = \"…\") in domain words): " + duplicates);
        }
        List<Documented> unstated = unstatedSuccessStatus(operations);
        if (!unstated.isEmpty()) {
            log.warn("Operations whose success status the OpenAPI document cannot know (they return ResponseEntity, "
                    + "or declare @ApiResponse without a 2xx): state it with @ResponseStatus or "
                    + "@ApiResponse(responseCode = \"201\"): {}", unstated);
        }
    }

    /** The operations springdoc documents for one mapping: one per path and HTTP method (all of them if none). */
    static Stream<Documented> documented(RequestMappingInfo info, HandlerMethod handler) {
        if (hidden(handler)) {
            return Stream.empty();
        }
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<RequestMethod> each = methods.isEmpty() ? Arrays.asList(RequestMethod.values()) : List.copyOf(methods);
        return info.getPatternValues().stream()
                .flatMap(path -> each.stream().map(method -> new Documented(method, path, handler)));
    }

    static Map<String, List<Documented>> duplicateOperationIds(List<Documented> operations) {
        Map<String, List<Documented>> byId = new TreeMap<>();
        operations.forEach(operation ->
                byId.computeIfAbsent(OperationNames.operationId(operation.handler()), id -> new ArrayList<>())
                        .add(operation));
        byId.values().removeIf(sharing -> sharing.size() < 2);
        byId.values().forEach(sharing -> sharing.sort((a, b) -> a.toString().compareTo(b.toString())));
        return byId;
    }

    /**
     * Handlers whose success status the document cannot know: one returning {@code ResponseEntity} (springdoc says
     * 200 whatever it returns), or one declaring {@code @ApiResponse}s none of which is a 2xx (springdoc then
     * documents no success at all).
     */
    static List<Documented> unstatedSuccessStatus(List<Documented> operations) {
        return operations.stream()
                .filter(operation -> successUnknown(operation.handler()))
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList();
    }

    private static boolean successUnknown(HandlerMethod handler) {
        Method method = handler.getMethod();
        List<ApiResponse> declared = new ArrayList<>(
                AnnotatedElementUtils.findMergedRepeatableAnnotations(method, ApiResponse.class));
        io.swagger.v3.oas.annotations.Operation operation = AnnotatedElementUtils.findMergedAnnotation(method,
                io.swagger.v3.oas.annotations.Operation.class);
        if (operation != null) {
            declared.addAll(Arrays.asList(operation.responses()));
        }
        boolean declaresSuccess = declared.stream().anyMatch(response -> response.responseCode().startsWith("2"));
        if (!declared.isEmpty() && !declaresSuccess) {
            return true;
        }
        return HttpEntity.class.isAssignableFrom(method.getReturnType())
                && !AnnotatedElementUtils.hasAnnotation(method, ResponseStatus.class)
                && !declaresSuccess;
    }

    /** Not in the document: hidden, or the framework's own (springdoc's document endpoints). */
    private static boolean hidden(HandlerMethod handler) {
        String type = handler.getBeanType().getName();
        if (type.startsWith("org.springdoc.") || type.startsWith("org.springframework.")) {
            return true;
        }
        io.swagger.v3.oas.annotations.Operation operation = AnnotatedElementUtils.findMergedAnnotation(
                handler.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
        return AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), Hidden.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getMethod(), Hidden.class)
                || (operation != null && operation.hidden());
    }
}
