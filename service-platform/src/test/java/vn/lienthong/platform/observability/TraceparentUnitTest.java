package vn.lienthong.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceparentUnitTest {

    @Test
    void readsAW3cHeaderAndContinuesItsTraceInAChildSpan() {
        Traceparent parent = Traceparent.parseOrStart("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        Traceparent child = parent.child();

        assertThat(parent.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(child.traceId()).isEqualTo(parent.traceId());
        assertThat(child.spanId()).isNotEqualTo(parent.spanId()).hasSize(16);
        assertThat(child.header()).matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01");
    }

    @Test
    void startsANewTraceForAMissingOrMalformedHeader() {
        assertThat(Traceparent.parseOrStart(null).header()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(Traceparent.parseOrStart("garbage").traceId()).hasSize(32);
        assertThat(Traceparent.parseOrStart("00-00000000000000000000000000000000-00f067aa0ba902b7-01").traceId())
                .isNotEqualTo("00000000000000000000000000000000");
    }

    @Test
    void outgoingMessagesContinueTheCurrentTrace() {
        try (var ignored = Correlation.continueTrace("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")) {
            assertThat(Correlation.outgoing().traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        }
        assertThat(Correlation.outgoing().traceId()).isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }
}
