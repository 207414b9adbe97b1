package vn.lienthong.localstack;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.lienthong.civilregistry.CivilRegistryApplication;
import vn.lienthong.delivery.DeliveryApplication;
import vn.lienthong.healthinsurance.HealthInsuranceApplication;
import vn.lienthong.orchestrator.OrchestratorApplication;
import vn.lienthong.residence.ResidenceApplication;

/** One of the five services: its name, default port and database, and how to build it. */
public record ServiceDefinition(String name, int defaultPort, String database,
                                Supplier<SpringApplicationBuilder> application) {

    /**
     * In start order: residence-service first (the others ask it questions over HTTP), the orchestrator that
     * drives them all last.
     */
    public static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition("residence-service", 8082, "residence", ResidenceApplication::application),
            new ServiceDefinition("civil-registry-service", 8081, "civil_registry", CivilRegistryApplication::application),
            new ServiceDefinition("health-insurance-service", 8083, "health_insurance", HealthInsuranceApplication::application),
            new ServiceDefinition("delivery-service", 8084, "delivery", DeliveryApplication::application),
            new ServiceDefinition("dossier-orchestrator", 8080, "orchestrator", OrchestratorApplication::application));
}
