package vn.lienthong.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class CertificateNumberUnitTest {

    @Test
    void readsAsTheRegisterWritesIt() {
        assertThat(new CertificateNumber(7, 2025)).hasToString("Số 7, quyển số 2025");
        assertThat(new CertificateNumber(1234, 2026)).hasToString("Số 1234, quyển số 2026");
    }

    @Test
    void parsesWhatItWrites() {
        assertThat(CertificateNumber.parse("Số 7, quyển số 2025")).contains(new CertificateNumber(7, 2025));
    }

    @Test
    void parsesDecomposedLowerCaseOrShortForms() {
        String decomposed = Normalizer.normalize("số 12, Quyển Số 2025", Normalizer.Form.NFD);

        assertThat(CertificateNumber.parse(decomposed)).contains(new CertificateNumber(12, 2025));
        assertThat(CertificateNumber.parse("SỐ 12,QUYỂN SỐ 2025")).contains(new CertificateNumber(12, 2025));
        assertThat(CertificateNumber.parse(" 12/2025 ")).contains(new CertificateNumber(12, 2025));
    }

    @Test
    void readsNoNumberFromABookYearBelowOneThousandRatherThanFailing() {
        assertThat(CertificateNumber.parse("7/0999")).isEmpty();
        assertThat(CertificateNumber.parse("Số 7, quyển số 0000")).isEmpty();
    }

    @Test
    void refusesWhatIsNotACertificateNumber() {
        assertThat(CertificateNumber.parse("Số 0, quyển số 2025")).isEmpty();
        assertThat(CertificateNumber.parse("Số 7")).isEmpty();
        assertThat(CertificateNumber.parse("7/25")).isEmpty();
        assertThat(CertificateNumber.parse("abc")).isEmpty();
        assertThat(CertificateNumber.parse("")).isEmpty();
        assertThat(CertificateNumber.parse("\uD800/2025")).isEmpty();
        assertThatThrownBy(() -> new CertificateNumber(0, 2025)).isInstanceOf(IllegalArgumentException.class);
    }
}
