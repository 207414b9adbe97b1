package vn.lienthong.healthinsurance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextUnitTest {

    @Test
    void acceptsVietnameseInEitherNormalisationFormAndLettersBeyondTheBasicPlane() {
        assertThat(List.of("Giấy chứng sinh", "Gia\u0301y chu\u031B\u0301ng sinh", "𠀋 chữ Nôm", "Đơn - 'bản sao'",
                "Nguyễn\u200DThị", ""))
                .allMatch(PlainText.Validator::plain);
    }

    @Test
    void refusesControlCharactersBidiControlsAndUnpairedSurrogates() {
        assertThat(List.of("a\u0000", "a\r\nX-Injected: 1", "\t", "\u007F", "\u0085", "\u202Eabc", "\u2066x\u2069",
                "\u200F", "\u061C", "\uD800", "x\uDC00", "\uDBFFx", "\uD840\uD840\uDC0B\uDC0B"))
                .noneMatch(PlainText.Validator::plain);
    }
}
