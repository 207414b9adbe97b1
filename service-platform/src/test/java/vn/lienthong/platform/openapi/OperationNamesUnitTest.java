package vn.lienthong.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;

class OperationNamesUnitTest {

    @Test
    void tagsAControllerWithItsNameInWords() {
        assertThat(OperationNames.tag(BirthRegistrationController.class)).isEqualTo("Birth registration");
        assertThat(OperationNames.tag(CarrierWebhook.class)).isEqualTo("Carrier webhook");
        assertThat(OperationNames.tag(PDFReceiptsRestController.class)).isEqualTo("PDF receipts");
    }

    @Test
    void namesAnOperationAfterItsMethodUnlessItsAnnotationNamesIt() throws Exception {
        assertThat(OperationNames.operationId(handler(BirthRegistrationController.class, "register")))
                .isEqualTo("register");
        assertThat(OperationNames.operationId(handler(CarrierWebhook.class, "report")))
                .isEqualTo("reportDeliveryEvent");
    }

    @Test
    void keepsTheTagsAControllerDeclares() throws Exception {
        var operation = new io.swagger.v3.oas.models.Operation().addTagsItem("Webhooks");

        new OperationNames().customize(operation, handler(CarrierWebhook.class, "report"));

        assertThat(operation.getTags()).containsExactly("Webhooks");
        assertThat(operation.getOperationId()).isEqualTo("reportDeliveryEvent");
    }

    @Test
    void replacesSpringdocsClassNameTag() throws Exception {
        var operation = new io.swagger.v3.oas.models.Operation().addTagsItem("birth-registration-controller")
                .operationId("register_1");

        new OperationNames().customize(operation, handler(BirthRegistrationController.class, "register"));

        assertThat(operation.getTags()).containsExactly("Birth registration");
        assertThat(operation.getOperationId()).isEqualTo("register");
    }

    @Test
    void writesAServiceNameInWords() {
        assertThat(ServiceInfo.words("residence-service")).isEqualTo("Residence service");
        assertThat(ServiceInfo.words("dossier_orchestrator")).isEqualTo("Dossier orchestrator");
    }

    static HandlerMethod handler(Class<?> type, String method) throws Exception {
        for (var candidate : type.getDeclaredMethods()) {
            if (candidate.getName().equals(method)) {
                return new HandlerMethod(type.getDeclaredConstructor().newInstance(), candidate);
            }
        }
        throw new NoSuchMethodException(method);
    }

    static class BirthRegistrationController {
        void register() {
        }
    }

    @Tag(name = "Webhooks")
    static class CarrierWebhook {
        @Operation(operationId = "reportDeliveryEvent")
        void report() {
        }
    }

    static class PDFReceiptsRestController {
    }
}
