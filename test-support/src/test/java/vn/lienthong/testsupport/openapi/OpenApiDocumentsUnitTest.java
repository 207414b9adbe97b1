package vn.lienthong.testsupport.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OpenApiDocumentsUnitTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A small document that keeps every rule: each test below breaks one. */
    static final String VALID = """
            {
              "openapi": "3.1.0",
              "info": {"title": "Delivery service", "version": "1.4.0"},
              "paths": {
                "/api/v1/shipments": {
                  "post": {
                    "operationId": "sendShipment", "tags": ["Shipments"],
                    "requestBody": {"required": true, "content": {"application/json": {
                      "schema": {"$ref": "#/components/schemas/Shipment"}}}},
                    "responses": {
                      "201": {"description": "Sent", "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/Shipment"}}}},
                      "400": {"description": "Invalid", "content": {"application/problem+json": {
                        "schema": {"$ref": "#/components/schemas/Problem"}}}}
                    }
                  }
                },
                "/api/v1/shipments/{trackingNumber}": {
                  "get": {
                    "operationId": "shipment", "tags": ["Shipments"],
                    "parameters": [{"name": "trackingNumber", "in": "path", "required": true,
                                    "schema": {"type": "string"}}],
                    "responses": {
                      "200": {"description": "Found", "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/Shipment"}}}},
                      "404": {"description": "Not found", "content": {"application/problem+json": {
                        "schema": {"$ref": "#/components/schemas/Problem"}}}}
                    }
                  }
                }
              },
              "components": {
                "schemas": {
                  "Shipment": {"type": "object", "required": ["trackingNumber"], "properties": {
                    "trackingNumber": {"type": "string", "example": "VN000123"},
                    "note": {"type": "string"}}},
                  "Problem": {"type": "object", "required": ["type", "title", "status"], "properties": {
                    "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
                    "detail": {"type": "string"}, "instance": {"type": "string"}}}
                }
              }
            }""";

    @Test
    void findsNothingWrongWithADocumentThatKeepsEveryRule() {
        assertThat(OpenApiDocuments.problems(VALID)).isEmpty();
    }

    @Test
    void reportsWhatSwaggerParserFinds() {
        assertThat(problems(d -> d.remove("info"))).anyMatch(p -> p.startsWith("swagger-parser:") && p.contains("info"));
    }

    @Test
    void refusesSpringdocsDefaultTitleAndVersion() {
        assertThat(problems(d -> at(d, "info").put("title", "OpenAPI definition").put("version", "v0")))
                .contains("info: no title of the service's own", "info: no version of the service's own");
    }

    @Test
    void refusesAWildcardMediaType() {
        assertThat(problems(d -> {
            ObjectNode ok = at(shipment(d), "responses", "200", "content");
            ok.set("*/*", ok.remove("application/json"));
        })).containsExactly(
                "GET /api/v1/shipments/{trackingNumber}: response 200 media type */* (name the one it writes)");
    }

    @Test
    void refusesAnOperationWithoutOrWithADuplicateOperationId() {
        assertThat(problems(d -> sendShipment(d).remove("operationId")))
                .containsExactly("POST /api/v1/shipments: no operationId");
        assertThat(problems(d -> sendShipment(d).put("operationId", "shipment")))
                .anyMatch(p -> p.startsWith("operationId 'shipment' is used by 2 operations"));
    }

    @Test
    void refusesAClassNameAsATagOrNoTag() {
        assertThat(problems(d -> sendShipment(d).putArray("tags").add("shipment-controller")))
                .containsExactly("POST /api/v1/shipments: tag 'shipment-controller' is a class name, not domain words");
        assertThat(problems(d -> sendShipment(d).remove("tags")))
                .containsExactly("POST /api/v1/shipments: no tag");
    }

    @Test
    void refusesAnErrorThatIsNotAProblem() {
        assertThat(problems(d -> {
            ObjectNode notFound = at(shipment(d), "responses", "404", "content");
            notFound.set("application/json", notFound.remove("application/problem+json"));
        })).containsExactly("GET /api/v1/shipments/{trackingNumber}: response 404 is not application/problem+json "
                + "with the Problem schema");
        assertThat(problems(d -> at(sendShipment(d), "responses", "400", "content", "application/problem+json",
                "schema")
                .put("$ref", "#/components/schemas/Shipment")))
                .containsExactly("POST /api/v1/shipments: response 400 is not application/problem+json "
                        + "with the Problem schema");
        assertThat(problems(d -> at(d, "components", "schemas", "Problem", "properties")
                .remove("instance"))).containsExactly("components: the Problem schema lacks [instance]");
    }

    @Test
    void refusesAnOperationWithoutASuccess() {
        assertThat(problems(d -> at(sendShipment(d), "responses").remove("201")))
                .containsExactly("POST /api/v1/shipments: no 2xx response");
    }

    @Test
    void refusesARequestBodyWithoutAnExample() {
        assertThat(problems(d -> at(d, "components", "schemas", "Shipment", "properties", "trackingNumber")
                .remove("example")))
                .containsExactly("POST /api/v1/shipments: request body (application/json) has no example");
    }

    @Test
    void takesAnExampleOfTheMediaTypeOrOfTheWholeSchema() {
        assertThat(problems(d -> {
            at(d, "components", "schemas", "Shipment", "properties", "trackingNumber")
                    .remove("example");
            at(sendShipment(d), "requestBody", "content", "application/json")
                    .putObject("example").put("trackingNumber", "VN000123");
        })).isEmpty();
    }

    @Test
    void refusesPathsThatDifferOnlyInAVariableName() {
        assertThat(problems(d -> at(d, "paths").set("/api/v1/shipments/{id}", at(d, "paths")
                .get("/api/v1/shipments/{trackingNumber}").deepCopy())))
                .contains("paths [/api/v1/shipments/{id}, /api/v1/shipments/{trackingNumber}] differ only in a "
                        + "template variable's name: one path to OpenAPI");
    }

    @Test
    void refusesAnObjectAsAQueryParameter() {
        assertThat(problems(d -> shipment(d).withArrayProperty("parameters")
                .addObject().put("name", "search").put("in", "query").putObject("schema")
                .put("$ref", "#/components/schemas/Shipment")))
                .containsExactly("GET /api/v1/shipments/{trackingNumber}: query parameter 'search' is an object, "
                        + "which a client sends as one string (flatten it, e.g. @ParameterObject)");
    }

    private static List<String> problems(Consumer<ObjectNode> change) {
        try {
            ObjectNode document = (ObjectNode) JSON.readTree(VALID);
            change.accept(document);
            return OpenApiDocuments.problems(JSON.writeValueAsString(document));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The object at the end of the names, made where missing. */
    private static ObjectNode at(ObjectNode node, String... names) {
        ObjectNode at = node;
        for (String name : names) {
            at = at.withObjectProperty(name);
        }
        return at;
    }

    private static ObjectNode shipment(ObjectNode document) {
        return (ObjectNode) document.get("paths").get("/api/v1/shipments/{trackingNumber}").get("get");
    }

    private static ObjectNode sendShipment(ObjectNode document) {
        return (ObjectNode) document.get("paths").get("/api/v1/shipments").get("post");
    }
}
