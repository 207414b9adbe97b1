package vn.lienthong.residence;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Sex;
import vn.lienthong.contracts.Topics;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.devinfra.ServiceIntegrationTest;
import vn.lienthong.devinfra.TestIdentityProvider;
import vn.lienthong.devinfra.TopicTap;
import vn.lienthong.platform.messaging.CloudEventHeaders;
import vn.lienthong.platform.messaging.MessageCodec;
import vn.lienthong.residence.population.PersonalIdNumbers;

/**
 * The residence service on a fresh database and the embedded broker, driven as its callers drive it: over HTTP, with
 * real tokens of the test identity provider, and through {@code residence.commands}. Every test class extending
 * this shares one application context.
 */
@ServiceIntegrationTest
public abstract class ServiceTestSupport {

    /** The units of {@code lienthong-units.yml}: two communes of Hà Nội (001), two of Khánh Hòa (056). */
    protected static final String DUC_GIANG = "000.26.45.H26";
    protected static final String HOAN_KIEM = "000.20.45.H26";
    protected static final String NHA_TRANG = "000.10.34.H34";
    protected static final String CAM_LAM = "000.12.34.H34";

    private static final SecureRandom random = new SecureRandom();
    private static final JsonMapper JSON = new JsonMapper();
    /** Dossier codes unique within the run, as the orchestrator's per-unit daily sequence would make them. */
    private static final AtomicInteger dossierSequence = new AtomicInteger();

    @Autowired protected JdbcClient jdbc;
    @Autowired protected MessageCodec codec;
    @Autowired protected KafkaTemplate<String, byte[]> kafka;
    @Value("${local.server.port}") protected int port;
    @Value("${spring.kafka.bootstrap-servers}") protected String bootstrapServers;

    protected TopicTap events;

    /** An HTTP answer: status, content type and the JSON body read as maps and lists. */
    public record Answer(int status, String contentType, @Nullable Object body, Map<String, List<String>> headers) {

        @SuppressWarnings("unchecked")
        public Map<String, Object> json() {
            return (Map<String, Object>) Objects.requireNonNull(body);
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) Objects.requireNonNull(body);
        }
    }

    @BeforeEach
    void tapEvents() {
        events = TopicTap.on(bootstrapServers, Topics.RESIDENCE_EVENTS);
    }

    @AfterEach
    void closeTap() {
        events.close();
    }

    /** Calls the API as one caller: with its bearer token, or with none. */
    protected final class Api {

        private final @Nullable String token;

        private Api(@Nullable String token) {
            this.token = token;
        }

        public Answer post(String path, String json) {
            return post(path, json, Map.of());
        }

        public Answer post(String path, String json, Map<String, String> headers) {
            return RestClient.create("http://127.0.0.1:" + port).post().uri(path)
                    .headers(h -> {
                        headers.forEach(h::add);
                        if (token != null) {
                            h.setBearerAuth(token);
                        }
                    })
                    .contentType(MediaType.APPLICATION_JSON).body(json)
                    .exchange((request, response) -> answer(response));
        }

        public Answer get(String path) {
            return RestClient.create("http://127.0.0.1:" + port).get().uri(path)
                    .headers(h -> {
                        if (token != null) {
                            h.setBearerAuth(token);
                        }
                    })
                    .exchange((request, response) -> answer(response));
        }
    }

    /** The commune police of the unit ({@code police.<unit>}). */
    protected Api police(String unitCode) {
        return new Api(TestIdentityProvider.token("police." + unitCode.toLowerCase(Locale.ROOT)));
    }

    /** The one-stop desk officer of the unit ({@code desk.<unit>}): no business with households or applications. */
    protected Api desk(String unitCode) {
        return new Api(TestIdentityProvider.token("desk." + unitCode.toLowerCase(Locale.ROOT)));
    }

    /** A person signed in with their own account (a citizen, the operator, ...). */
    protected Api person(String username) {
        return new Api(TestIdentityProvider.token(username));
    }

    /** A machine client with its client-credentials token: civil-registry-service, dossier-orchestrator, ... */
    protected Api client(String clientId) {
        return new Api(TestIdentityProvider.clientToken(clientId));
    }

    /** The civil registry, which asks for personal ID numbers. */
    protected Api civilRegistry() {
        return client("civil-registry-service");
    }

    /** The orchestrator, which checks household membership at intake. */
    protected Api orchestrator() {
        return client("dossier-orchestrator");
    }

    /** No token at all. */
    protected Api anonymous() {
        return new Api(null);
    }

    private static Answer answer(ConvertibleClientHttpResponse response) throws IOException {
        byte[] bytes = response.getBody().readAllBytes();
        Object body = bytes.length == 0 ? null
                : JSON.readValue(bytes, Object.class);
        return new Answer(response.getStatusCode().value(), String.valueOf(response.getHeaders().getContentType()),
                body, response.getHeaders().asMultiValueMap());
    }

    /** A personal ID number that follows rule 1, with random digits, as a person already registered would hold. */
    protected static String aPersonalIdNumber(String province, Sex sex, int birthYear) {
        return PersonalIdNumbers.compose(province, sex, LocalDate.of(birthYear, 1, 1), random.nextInt(1_000_000));
    }

    /** A newborn allocated a number by the population registry, as the civil registry does it. */
    protected String aNewbornRegisteredIn(String province) {
        var answer = civilRegistry().post("/api/v1/personal-id-numbers", """
                {"provinceCode":"%s","fullName":"Nguyễn Thị An","sex":"FEMALE","dateOfBirth":"2025-03-15"}"""
                .formatted(province), Map.of("Idempotency-Key", "birth:" + UUID.randomUUID()));
        if (answer.status() != 201) {
            throw new AssertionError("allocation failed: " + answer);
        }
        return (String) answer.json().get("personalIdNumber");
    }

    /** The numbers of a new household in Đức Giang: its number, the father (head) and the mother (spouse). */
    protected record Family(String householdNumber, String father, String mother) {
    }

    protected Family aFamilyInDucGiang() {
        String father = aPersonalIdNumber("001", Sex.MALE, 1992);
        String mother = aPersonalIdNumber("001", Sex.FEMALE, 1995);
        var answer = police(DUC_GIANG).post("/api/v1/households", """
                {"address":{"provinceCode":"001","commune":"Phường Đức Giang","street":"Số 18 ngõ 75 phố Đức Giang"},
                 "members":[
                   {"fullName":"Nguyễn Văn Bình","personalIdNumber":"%s","dateOfBirth":"1992-04-12","sex":"MALE","relationshipToHead":"HEAD"},
                   {"fullName":"Trần Thị Hoa","personalIdNumber":"%s","dateOfBirth":"1995-09-03","sex":"FEMALE","relationshipToHead":"SPOUSE"}]}"""
                .formatted(father, mother));
        if (answer.status() != 201) {
            throw new AssertionError("household not created: " + answer);
        }
        return new Family((String) answer.json().get("householdNumber"), father, mother);
    }

    protected static RegisterResidence anApplication(UUID dossier, String child, String household, String mother,
                                                     @Nullable String father) {
        String dossierCode = "000.26.45.H26-251124-" + "%04d".formatted(dossierSequence.incrementAndGet());
        return new RegisterResidence(dossier, dossierCode, DUC_GIANG, child, household, "CHILD", mother, father);
    }

    /** Puts the command on {@code residence.commands} as the orchestrator's outbox would; returns its message ID. */
    protected UUID send(Message command) {
        return send(command, UUID.randomUUID());
    }

    protected UUID send(Message command, UUID messageId) {
        var headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, messageId.toString().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TYPE, codec.typeOf(command).getBytes(StandardCharsets.UTF_8));
        kafka.send(new ProducerRecord<>(Topics.RESIDENCE_COMMANDS, null, command.dossierId().toString(),
                codec.encode(command), headers));
        return messageId;
    }

    /** Every reply on {@code residence.events} for the dossier so far. */
    protected List<Message> repliesFor(UUID dossier) {
        return events.records().stream().filter(r -> dossier.toString().equals(r.key()))
                .map(r -> codec.decode(CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE), r.value(), r.key()))
                .toList();
    }

    /** Waits for the dossier's {@code n}-th reply and returns it. */
    protected Message awaitReply(UUID dossier, int n) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> repliesFor(dossier), replies -> replies.size() >= n)
                .get(n - 1);
    }

    /** Checks for a second that the dossier has exactly {@code n} replies, no more arriving. */
    protected void assertRepliesStayAt(UUID dossier, int n) {
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(10))
                .until(() -> repliesFor(dossier).size() == n);
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(List.of(params)).query(Long.class).single();
    }
}
