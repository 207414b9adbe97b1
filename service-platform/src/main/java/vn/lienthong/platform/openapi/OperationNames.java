package vn.lienthong.platform.openapi;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.Operation;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Operation IDs and tags in the service's own words, which generated clients turn into method and class names:
 * the operationId is the Java method's name unless {@code @Operation(operationId = …)} gives one (two operations with
 * one name stop the service at start-up, see {@link OperationChecks}, instead of springdoc's {@code list_1}); the tag
 * is the controller's {@code @Tag}, else its class name in words without "Controller" ({@code DossierController} →
 * "Dossier", never "dossier-controller").
 */
final class OperationNames implements GlobalOperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        operation.setOperationId(operationId(handler));
        if (!declaresTags(handler)) {
            operation.setTags(List.of(tag(handler.getBeanType())));
        }
        return operation;
    }

    static String operationId(HandlerMethod handler) {
        io.swagger.v3.oas.annotations.Operation declared = AnnotatedElementUtils.findMergedAnnotation(
                handler.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
        return declared != null && !declared.operationId().isBlank()
                ? declared.operationId()
                : handler.getMethod().getName();
    }

    /** {@code BirthRegistrationController} → "Birth registration"; acronyms stay upper case. */
    static String tag(Class<?> controller) {
        String name = controller.getSimpleName().replaceFirst("(Rest)?Controller$", "");
        if (name.isEmpty()) {
            name = controller.getSimpleName();
        }
        String[] words = name.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
        StringBuilder tag = new StringBuilder();
        for (String word : words) {
            boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            String written = tag.isEmpty() || acronym ? word : word.toLowerCase(Locale.ROOT);
            tag.append(tag.isEmpty() ? "" : " ").append(written);
        }
        return tag.toString();
    }

    private static boolean declaresTags(HandlerMethod handler) {
        io.swagger.v3.oas.annotations.Operation declared = AnnotatedElementUtils.findMergedAnnotation(
                handler.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
        return (declared != null && declared.tags().length > 0)
                || !AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(), Tag.class).isEmpty()
                || !AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getBeanType(), Tag.class).isEmpty();
    }
}
