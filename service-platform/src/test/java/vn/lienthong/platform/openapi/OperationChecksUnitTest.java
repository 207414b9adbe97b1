package vn.lienthong.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;

class OperationChecksUnitTest {

    @Test
    void findsOperationsSharingAnOperationId() throws Exception {
        var operations = List.of(
                documented(DossierController.class, "list", "/api/v1/dossiers"),
                documented(ShipmentController.class, "list", "/api/v1/shipments"),
                documented(ShipmentController.class, "shipment", "/api/v1/shipments/{trackingNumber}"));

        var duplicates = OperationChecks.duplicateOperationIds(operations);

        assertThat(duplicates).containsOnlyKeys("list");
        assertThat(duplicates.get("list")).extracting(Object::toString).containsExactly(
                "GET /api/v1/dossiers (DossierController#list)", "GET /api/v1/shipments (ShipmentController#list)");
    }

    @Test
    void findsOperationsWhoseSuccessStatusTheDocumentCannotKnow() throws Exception {
        var operations = List.of(
                documented(ShipmentController.class, "send", "/a"),
                documented(ShipmentController.class, "sendStated", "/b"),
                documented(ShipmentController.class, "sendAnnotated", "/c"),
                documented(ShipmentController.class, "refuseOnly", "/d"),
                documented(ShipmentController.class, "shipment", "/e"));

        assertThat(OperationChecks.unstatedSuccessStatus(operations)).extracting(d -> d.handler().getMethod().getName())
                .containsExactly("send", "refuseOnly");
    }

    @Test
    void stopsAServiceWhoseOperationsShareAnOperationId() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class))
                .withBean(DossierController.class)
                .withBean(ShipmentController.class)
                .withBean(OperationChecks.class)
                .run(context -> assertThat(context).getFailure()
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("sharing an operationId")
                        .hasMessageContaining("list=[GET /api/v1/dossiers (DossierController#list), "
                                + "GET /api/v1/shipments (ShipmentController#list)]"));
    }

    @Test
    void leavesHiddenHandlersAndDistinctNamesAlone() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class))
                .withBean(DossierController.class)
                .withBean(HiddenController.class)
                .withBean(OperationChecks.class)
                .run(context -> assertThat(context).hasNotFailed());
    }

    private static OperationChecks.Documented documented(Class<?> type, String method, String path) throws Exception {
        HandlerMethod handler = OperationNamesUnitTest.handler(type, method);
        return new OperationChecks.Documented(org.springframework.web.bind.annotation.RequestMethod.GET, path, handler);
    }

    @RestController
    static class DossierController {
        @GetMapping("/api/v1/dossiers")
        String list() {
            return "";
        }
    }

    @RestController
    static class ShipmentController {
        @GetMapping("/api/v1/shipments")
        String list() {
            return "";
        }

        @GetMapping("/api/v1/shipments/{trackingNumber}")
        String shipment() {
            return "";
        }

        @PostMapping("/a")
        ResponseEntity<String> send() {
            return ResponseEntity.status(HttpStatus.CREATED).body("");
        }

        @PostMapping("/b")
        @ResponseStatus(HttpStatus.CREATED)
        ResponseEntity<String> sendStated() {
            return ResponseEntity.status(HttpStatus.CREATED).body("");
        }

        @PostMapping("/c")
        @Operation(responses = @ApiResponse(responseCode = "201", description = "Sent"))
        ResponseEntity<String> sendAnnotated() {
            return ResponseEntity.status(HttpStatus.CREATED).body("");
        }

        @PostMapping("/d")
        @ApiResponse(responseCode = "422", description = "Refused")
        String refuseOnly() {
            return "";
        }
    }

    /** Not in the document (like the error controller), so its name may be anything. */
    @Hidden
    @RestController
    static class HiddenController {
        @RequestMapping("/error")
        String list() {
            return "";
        }
    }
}
