package vn.lienthong.healthinsurance;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.contracts.Agency;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCommand;
import vn.lienthong.testsupport.Commands;
import vn.lienthong.testsupport.ServiceHttp;
import vn.lienthong.testsupport.ServiceHttp.Response;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TestClock;
import vn.lienthong.testsupport.TopicTap;

/**
 * The service as it runs, seen as the orchestrator and the office see it: commands onto
 * {@code health-insurance.commands}, {@link #replies} tapped from {@code health-insurance.events}, the office's API
 * called by Hà Nội's social-insurance officer ({@link #officer}), the office of the fixtures' unit.
 */
@ServiceIntegrationTest
abstract class HealthInsuranceIntegrationTest {

    static final String COMMANDS = Agency.HEALTH_INSURANCE.commands().name();
    static final String EVENTS = Agency.HEALTH_INSURANCE.events().name();
    static final Duration PATIENCE = Duration.ofSeconds(20);
    /** The social-insurance officer of province 001, where the fixtures' unit (Đức Giang) is. */
    static final String OFFICER = "bhxh.001";

    @Autowired ServiceHttp http;
    @Autowired Commands commands;
    @Autowired TestClock clock;

    ServiceHttp officer;
    TopicTap replies;

    @BeforeEach
    void connect() {
        officer = http.as(OFFICER);
        replies = commands.tap(EVENTS);
    }

    /** Sends the command under a new message ID; returns that ID. */
    UUID send(HealthInsuranceCommand command) {
        return commands.send(COMMANDS, command);
    }

    /** The declaration of a dossier as the office's API shows it, once it is there. */
    Map<String, Object> awaitDeclaration(String dossierCode) {
        return await().atMost(PATIENCE).until(() -> officer.get("/api/v1/declarations?dossierCode=" + dossierCode).list(),
                list -> list.size() == 1).getFirst();
    }

    /** Waits until the dossier's declaration has {@code status}; returns it. */
    Map<String, Object> awaitDeclaration(String dossierCode, String status) {
        return await().atMost(PATIENCE).until(() -> officer.get("/api/v1/declarations?dossierCode=" + dossierCode).list(),
                list -> list.size() == 1 && status.equals(list.getFirst().get("status"))).getFirst();
    }

    Response decide(Object declarationId, String json) {
        return decide(officer, declarationId, json);
    }

    static Response decide(ServiceHttp caller, Object declarationId, String json) {
        return caller.post("/api/v1/declarations/" + declarationId + "/decision", json);
    }
}
