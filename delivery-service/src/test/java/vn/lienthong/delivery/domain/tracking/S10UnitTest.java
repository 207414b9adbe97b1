package vn.lienthong.delivery.domain.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DESIGN.md rule 8 and its vectors. */
class S10UnitTest {

    @Test
    void acceptsTheUpuExampleNumber() {
        assertThat(S10.isValid("CL556973995IN")).isTrue();
    }

    @Test
    void refusesTheUpuExampleWithAWrongCheckDigit() {
        assertThat(S10.isValid("CL556973994IN")).isFalse();
    }

    @Test
    void computesCheckDigitNineForSerial47312482() {
        assertThat(S10.checkDigit(47_312_482)).isEqualTo(9);
    }

    @Test
    void turnsARemainderGivingTenIntoZero() {
        // 0·8 + 2·6 + 0… = 12; 12 mod 11 = 1; 11 − 1 = 10 → 0
        assertThat(S10.checkDigit(2_000_000)).isZero();
    }

    @Test
    void turnsARemainderGivingElevenIntoFive() {
        // weighted sum 0; 11 − 0 = 11 → 5
        assertThat(S10.checkDigit(0)).isEqualTo(5);
    }

    @Test
    void composesPrefixSerialCheckDigitAndCountry() {
        assertThat(S10.compose("RR", 47_312_482, "VN")).isEqualTo("RR473124829VN");
        assertThat(S10.compose("EE", 12, "VN")).hasSize(13).startsWith("EE00000012");
    }

    @Test
    void everyComposedNumberIsValid() {
        for (int serial = 1; serial < 100_000_000; serial += 9_999_991) {
            assertThat(S10.isValid(S10.compose("RR", serial, "VN"))).as("serial %d", serial).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "RR47312482VN", "RR4731248299VN", "R1473124829VN", "rr473124829VN",
            "RR473124829V1", "RR 73124829VN"})
    void refusesWhatIsNotShapedLikeAnS10Number(String candidate) {
        assertThat(S10.isValid(candidate)).isFalse();
    }

    @Test
    void refusesASerialOfMoreThanEightDigitsOrAPrefixThatIsNotTwoCapitals() {
        assertThatThrownBy(() -> S10.checkDigit(100_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S10.checkDigit(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S10.compose("R", 1, "VN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S10.compose("rr", 1, "VN")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsATrackingNumberTypedInLowerCaseWithBlanksAround() {
        assertThat(TrackingNumber.parse(" rr473124829vn ")).contains(new TrackingNumber("RR473124829VN"));
        assertThat(TrackingNumber.parse("RR473124828VN")).isEmpty();
        assertThat(TrackingNumber.issue("RR", 47_312_482).value()).isEqualTo("RR473124829VN");
    }
}
