package vn.lienthong.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.Child;
import vn.lienthong.contracts.Declarant;
import vn.lienthong.contracts.Parent;
import vn.lienthong.contracts.Sex;
import vn.lienthong.contracts.civilregistry.RegisterBirth;

class MessageCodecUnitTest {

    private final MessageCodec codec = new MessageCodec();
    private final UUID dossier = UUID.randomUUID();
    private final RegisterBirth registerBirth = new RegisterBirth(dossier, "000.26.45.H26-251122-0001", "000.26.45.H26",
            new Child("Nguyễn Thị An", Sex.FEMALE, LocalDate.of(2025, 11, 1), "Bệnh viện Bạch Mai", "Kinh", "VN"),
            new Parent("Trần Thị Bình", "001190000001", LocalDate.of(1990, 5, 4)),
            null,
            new Declarant("Trần Thị Bình", "001190000001", "MOTHER", "0912345678"),
            Instant.parse("2025-11-22T03:00:00Z"));

    @Test
    void encodesTheStableWireNameAndReadsTheSameRecordBack() {
        byte[] json = codec.encode(registerBirth);

        assertThat(new String(json, StandardCharsets.UTF_8))
                .startsWith("{\"type\":\"RegisterBirth\"")
                .contains("\"dateOfBirth\":\"2025-11-01\"")
                .doesNotContain("vn.lienthong");
        assertThat(codec.decode("RegisterBirth", json, dossier.toString())).isEqualTo(registerBirth);
    }

    @Test
    void ignoresFieldsAddedByANewerProducer() {
        String json = new String(codec.encode(registerBirth), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"addedLater\":{\"x\":1},");

        assertThat(codec.decode("RegisterBirth", json.getBytes(StandardCharsets.UTF_8), dossier.toString()))
                .isEqualTo(registerBirth);
    }

    @Test
    void refusesAnUnknownType() {
        assertThatThrownBy(() -> codec.decode("RegisterMarriage", codec.encode(registerBirth), dossier.toString()))
                .isInstanceOf(UndecodableMessageException.class)
                .hasMessageContaining("unknown message type RegisterMarriage");
    }

    @Test
    void refusesAPayloadWhoseTypeDisagreesWithItsHeader() {
        assertThatThrownBy(() -> codec.decode("CancelBirthRegistration", codec.encode(registerBirth), dossier.toString()))
                .isInstanceOf(UndecodableMessageException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void refusesARecordNotKeyedByItsDossier() {
        assertThatThrownBy(() -> codec.decode("RegisterBirth", codec.encode(registerBirth), UUID.randomUUID().toString()))
                .isInstanceOf(UndecodableMessageException.class)
                .hasMessageContaining("not keyed by its dossierId");
    }

    @Test
    void namesTheBadFieldButNeverItsValue() {
        String json = new String(codec.encode(registerBirth), StandardCharsets.UTF_8)
                .replace("\"2025-11-01\"", "\"2025-13-45\"");

        assertThatThrownBy(() -> codec.decode("RegisterBirth", json.getBytes(StandardCharsets.UTF_8), dossier.toString()))
                .isInstanceOf(UndecodableMessageException.class)
                .hasMessageContaining("child.dateOfBirth")
                .hasMessageNotContaining("2025-13-45");
    }

    @Test
    void refusesSomethingThatIsNotJson() {
        assertThatThrownBy(() -> codec.decode("RegisterBirth", "<xml/>".getBytes(StandardCharsets.UTF_8), dossier.toString()))
                .isInstanceOf(UndecodableMessageException.class)
                .hasMessageContaining("not JSON");
    }
}
