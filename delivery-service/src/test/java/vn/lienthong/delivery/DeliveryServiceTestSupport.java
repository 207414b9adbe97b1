package vn.lienthong.delivery;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienthong.contracts.Agency;
import vn.lienthong.contracts.delivery.Beneficiary;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.contracts.delivery.DispatchResults;
import vn.lienthong.contracts.delivery.ResultDocument;
import vn.lienthong.testsupport.Commands;
import vn.lienthong.testsupport.ServiceHttp;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TestClock;
import vn.lienthong.testsupport.TopicTap;

/**
 * The service on real PostgreSQL and the embedded broker, driven as the orchestrator, the carrier and the officers
 * drive it: commands on {@code delivery.commands}, events read back from {@code delivery.events}, HTTP. Officers'
 * calls go as Đức Giang's desk officer ({@link #desk}), whose unit the fixtures use; the carrier's reports as the
 * {@code carrier} client ({@link #report}).
 */
@ServiceIntegrationTest
abstract class DeliveryServiceTestSupport {

    static final String DUC_GIANG = "000.26.45.H26";
    static final String DESK_OFFICER = "desk.000.26.45.h26";
    static final String CARRIER = "carrier";
    static final String COMMANDS = Agency.DELIVERY.commands().name();
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired ServiceHttp http;
    @Autowired Commands commands;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    /** What the service publishes, and the commands it gave up on; both closed after each test. */
    TopicTap events;
    TopicTap deadLetters;
    /** The desk officer of the fixtures' unit (Đức Giang). */
    ServiceHttp desk;
    /** The postal carrier's client. */
    ServiceHttp carrier;

    @BeforeEach
    void tapTopicsAndSignIn() {
        events = commands.tap(Agency.DELIVERY.events().name());
        deadLetters = commands.tap(Agency.DELIVERY.commands().deadLetters());
        desk = http.asDeskOf(DUC_GIANG);
        carrier = http.asClient(CARRIER);
    }

    // ---- commands, as the orchestrator sends them

    /** A dossier received at Đức Giang (Hà Nội, 001) whose results go to an address in Hà Nội. */
    static DispatchResults aDispatch(DeliveryMethod method, @Nullable String beneficiaryCategory) {
        return aDispatch(method, beneficiaryCategory, "Số 5 ngõ 12 phố Đức Giang, phường Đức Giang, Hà Nội",
                "001", "Phường Đức Giang", "Số 5 ngõ 12 phố Đức Giang");
    }

    /** A dossier received at Đức Giang (Hà Nội, 001) whose results go to this address. */
    static DispatchResults aDispatch(DeliveryMethod method, @Nullable String beneficiaryCategory, String address,
                                     @Nullable String destinationProvinceCode, @Nullable String destinationCommune,
                                     @Nullable String destinationStreet) {
        return new DispatchResults(UUID.randomUUID(), DUC_GIANG + "-250506-" + (1000 + (int) (Math.random() * 9000)),
                DUC_GIANG, "001",
                List.of(new ResultDocument("BIRTH_CERTIFICATE_EXTRACT", "123/2025"),
                        new ResultDocument("RESIDENCE_CONFIRMATION", "CT-2025-88"),
                        new ResultDocument("HEALTH_INSURANCE_CARD", "TE1010012345678")),
                method, "Nguyễn Thị An", address, "0912345678",
                beneficiaryCategory == null ? null : new Beneficiary(beneficiaryCategory, "HN-TB-12345"),
                destinationProvinceCode, destinationCommune, destinationStreet);
    }

    void send(DispatchResults command) {
        commands.send(COMMANDS, command);
    }

    /** The dossier's shipment as officers see it, once the command has been handled. */
    Map<String, Object> awaitShipmentOf(UUID dossierId) {
        return await().atMost(PATIENCE).until(() -> desk.get("/api/v1/shipments?dossierId=" + dossierId).list(),
                list -> !list.isEmpty()).getFirst();
    }

    /** A postal shipment dispatched and announced: its tracking number. */
    String aPostalShipment(DispatchResults command) {
        send(command);
        return String.valueOf(awaitShipmentOf(command.dossierId()).get("trackingNumber"));
    }

    // ---- HTTP

    /** The carrier's webhook call. */
    ServiceHttp.Response report(String trackingNumber, String json) {
        return carrier.post("/api/v1/shipments/" + trackingNumber + "/events", json);
    }

    long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
