package vn.lienthong.civilregistry.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.civilregistry.Births.aMothersId;
import static vn.lienthong.civilregistry.Births.registerBirth;
import static vn.lienthong.civilregistry.Births.today;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienthong.civilregistry.CivilRegistryIntegrationTest;
import vn.lienthong.civilregistry.FakePopulationRegistry;
import vn.lienthong.contracts.civilregistry.BirthRegistered;
import vn.lienthong.contracts.civilregistry.BirthRegistrationCancelled;
import vn.lienthong.contracts.civilregistry.BirthRegistrationRefused;
import vn.lienthong.contracts.civilregistry.CancelBirthRegistration;

class PopulationRegistryOutageIT extends CivilRegistryIntegrationTest {

    @Test
    void whileTheRegistryIsAwayTheBirthWaitsAndIsThenRegisteredOnceWithOneNumber() {
        UUID dossier = UUID.randomUUID();
        String key = "birth:" + dossier;
        String outage = registryAwayFor(key);

        commands.send(COMMANDS, registerBirth(dossier, "Hoàng Gia Bảo", today().minusDays(1), aMothersId()));

        await().atMost(Duration.ofSeconds(20)).until(() -> attemptsOf(dossier) >= 2);
        assertThat(registrationsOf(dossier)).as("nothing half-registered").isZero();
        assertThat(events.messagesFor(dossier)).as("nothing announced").isEmpty();

        // Meanwhile the consumer goes on with other dossiers.
        UUID other = UUID.randomUUID();
        commands.send(COMMANDS, registerBirth(other, "Hoàng Gia Huy", today().plusDays(3), aMothersId()));
        assertThat(events.awaitMessage(other, 1, BirthRegistrationRefused.class).refusal().code()).isEqualTo("BIRTH_DATE_IN_FUTURE");

        registry.setScenarioState(outage, "overloaded");
        int attemptsWhenOverloaded = attemptsOf(dossier);
        await().atMost(Duration.ofSeconds(20)).until(() -> attemptsOf(dossier) >= attemptsWhenOverloaded + 2);
        assertThat(registrationsOf(dossier)).isZero();
        assertThat(events.messagesFor(dossier)).isEmpty();

        registry.setScenarioState(outage, "back");
        var registered = events.awaitMessage(dossier, 1, BirthRegistered.class);

        var calls = callsWithBodyContaining("Hoàng Gia Bảo");
        assertThat(calls.size()).isGreaterThanOrEqualTo(6);
        assertThat(calls).allSatisfy(call -> assertThat(call.getRequest().getHeader("Idempotency-Key")).isEqualTo(key));
        assertThat(calls).filteredOn(call -> call.getResponse().getStatus() == 201).hasSize(1);
        assertThat(registered.personalIdNumber()).startsWith("001");
        events.assertStaysAt(dossier, 1);
        assertThat(registrationsOf(dossier)).isEqualTo(1);
        assertThat(pendingOf(dossier)).isZero();
    }

    @Test
    void aRegistryThatRefusesTheChildsDataRefusesTheBirth() {
        UUID dossier = UUID.randomUUID();
        registry.stubFor(post(urlPathEqualTo(ALLOCATIONS)).atPriority(1)
                .withHeader("Idempotency-Key", equalTo("birth:" + dossier))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:lienthong:problem:validation-failed\"}")));

        commands.send(COMMANDS, registerBirth(dossier, "Hoàng Thị Thu", today().minusDays(1), aMothersId()));

        var refused = events.awaitMessage(dossier, 1, BirthRegistrationRefused.class);
        assertThat(refused.refusal().code()).isEqualTo("POPULATION_REGISTRY_REFUSED");
        assertThat(callsWithKey("birth:" + dossier)).as("a 4xx is an answer, not retried").hasSize(1);
        assertThat(registrationsOf(dossier)).isZero();
        assertThat(pendingOf(dossier)).isZero();
    }

    @Test
    void aBirthWithdrawnWhileAwaitingItsNumberIsCancelledAndNeverRegistered() {
        UUID dossier = UUID.randomUUID();
        String outage = registryAwayFor("birth:" + dossier);
        commands.send(COMMANDS, registerBirth(dossier, "Hoàng Thị Hương", today().minusDays(1), aMothersId()));
        await().atMost(Duration.ofSeconds(20)).until(() -> attemptsOf(dossier) >= 1);

        commands.send(COMMANDS, new CancelBirthRegistration(dossier, "withdrawn by the family"));

        events.awaitMessage(dossier, 1, BirthRegistrationCancelled.class);
        assertThat(pendingOf(dossier)).isZero();
        registry.setScenarioState(outage, "back");
        int callsAfterCancel = callsWithKey("birth:" + dossier).size();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> callsWithKey("birth:" + dossier).size() == callsAfterCancel);
        assertThat(registrationsOf(dossier)).isZero();
        assertThat(events.messagesFor(dossier)).hasSize(1);
    }

    @Test
    void theSameChildInAnotherDossierWhileTheFirstAwaitsItsNumberIsRefused() {
        UUID first = UUID.randomUUID();
        String mother = aMothersId();
        var born = today().minusDays(2);
        String outage = registryAwayFor("birth:" + first);
        commands.send(COMMANDS, registerBirth(first, "Hoàng Minh Tâm", born, mother));
        await().atMost(Duration.ofSeconds(20)).until(() -> attemptsOf(first) >= 1);

        UUID second = UUID.randomUUID();
        commands.send(COMMANDS, registerBirth(second, "HOÀNG MINH TÂM", born, mother));

        assertThat(events.awaitMessage(second, 1, BirthRegistrationRefused.class).refusal().code()).isEqualTo("DUPLICATE_BIRTH_IN_PROGRESS");
        assertThat(callsWithKey("birth:" + second)).isEmpty();
        registry.setScenarioState(outage, "back");
        events.awaitMessage(first, 1, BirthRegistered.class);
    }

    /**
     * The registry drops the connection for this key until the scenario moves to "overloaded" (503), then
     * to "back" (it allocates). Returns the scenario's name.
     */
    private static String registryAwayFor(String key) {
        String scenario = "outage-" + key.replaceAll("[^0-9a-z]", "-");
        registry.stubFor(post(urlPathEqualTo(ALLOCATIONS)).atPriority(1).withHeader("Idempotency-Key", equalTo(key))
                .inScenario(scenario).whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        registry.stubFor(post(urlPathEqualTo(ALLOCATIONS)).atPriority(1).withHeader("Idempotency-Key", equalTo(key))
                .inScenario(scenario).whenScenarioStateIs("overloaded")
                .willReturn(aResponse().withStatus(503)));
        registry.stubFor(post(urlPathEqualTo(ALLOCATIONS)).atPriority(1).withHeader("Idempotency-Key", equalTo(key))
                .inScenario(scenario).whenScenarioStateIs("back")
                .willReturn(aResponse().withTransformers(FakePopulationRegistry.NAME)));
        return scenario;
    }

    private int attemptsOf(UUID dossier) {
        return jdbc.sql("select coalesce(max(attempts), 0) from pending_registration where dossier_id = ?")
                .param(dossier).query(Integer.class).single();
    }

    private static List<ServeEvent> callsWithBodyContaining(String text) {
        return registry.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getBodyAsString().contains(text))
                .toList();
    }
}
