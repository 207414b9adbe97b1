package vn.lienthong.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.probe.ProbeAnswered;

class MessageWireUnitTest {

    private final UUID dossier = UUID.fromString("0190a6f0-0000-7000-8000-000000000001");
    private final ProbeAnswered answered = new ProbeAnswered(dossier, "residence", Instant.parse("2026-03-01T01:02:03Z"));

    @Test
    void writesTheRecordWithItsWireNameFirst() {
        String json = new String(MessageWire.encode(answered), StandardCharsets.UTF_8);

        assertThat(MessageWire.typeOf(answered)).isEqualTo("ProbeAnswered");
        assertThat(json).isEqualTo("{\"type\":\"ProbeAnswered\",\"dossierId\":\"" + dossier
                + "\",\"service\":\"residence\",\"answeredAt\":\"2026-03-01T01:02:03Z\"}");
    }

    @Test
    void readsBackWhatItWrote() {
        assertThat(MessageWire.decode("ProbeAnswered", MessageWire.encode(answered), dossier.toString()))
                .isEqualTo(answered);
    }

    @Test
    void refusesARecordThatIsNotAMessageOfTheContracts() {
        byte[] payload = MessageWire.encode(answered);
        assertThatThrownBy(() -> MessageWire.decode(null, payload, dossier.toString())).hasMessageContaining("ce_type");
        assertThatThrownBy(() -> MessageWire.decode("Unheard", payload, dossier.toString())).hasMessageContaining("unknown");
        assertThatThrownBy(() -> MessageWire.decode("Probe", payload, dossier.toString())).hasMessageContaining("another type");
        assertThatThrownBy(() -> MessageWire.decode("ProbeAnswered", payload, "other")).hasMessageContaining("keyed");
    }
}
