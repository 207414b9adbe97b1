package vn.lienthong.orchestrator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the intake accepts as text, names and dates of birth (issue 13). */
class TextRulesUnitTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void plainTextRefusesControlCharactersBidiOverridesAndLoneSurrogates() {
        assertThat(TextRules.isPlain("Số 12 ngõ 5, Phường Đức Giang", false)).isTrue();
        assertThat(TextRules.isPlain("emoji 😀 in a pair", false)).isTrue();
        assertThat(TextRules.isPlain("HN-000\u0000123", false)).isFalse();
        assertThat(TextRules.isPlain("a\r\nX-Injected: 1", false)).isFalse();
        assertThat(TextRules.isPlain("a\u007Fb", false)).isFalse();
        assertThat(TextRules.isPlain("abc\u202E", false)).isFalse();
        assertThat(TextRules.isPlain("\u202Aabc", false)).isFalse();
        assertThat(TextRules.isPlain("abc\u2066", false)).isFalse();
        assertThat(TextRules.isPlain("abc\u2069", false)).isFalse();
        assertThat(TextRules.isPlain("lone \uD800 high", false)).isFalse();
        assertThat(TextRules.isPlain("lone \uDC00 low", false)).isFalse();
        assertThat(TextRules.isPlain("ends high \uD83D", false)).isFalse();
    }

    @Test
    void multiLineTextMayHoldLineBreaksAndTabsButNoOtherControlCharacter() {
        assertThat(TextRules.isPlain("dòng một\r\ndòng hai\tcột", true)).isTrue();
        assertThat(TextRules.isPlain("dòng một\u0000", true)).isFalse();
        assertThat(TextRules.isPlain("dòng một\u202E", true)).isFalse();
    }

    @Test
    void namesAreLettersCombiningMarksSpacesApostrophesAndHyphens() {
        assertThat(TextRules.isName("Nguyễn Thị Ánh")).isTrue();
        assertThat(TextRules.isName("Đặng")).isTrue();
        assertThat(TextRules.isName(Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD))).isTrue();
        assertThat(TextRules.isName("H'Hen Niê")).isTrue();
        assertThat(TextRules.isName("Hồng-Nhung")).isTrue();
        assertThat(TextRules.isName("Nguyễn Thị An 1")).isFalse();
        assertThat(TextRules.isName("<script>")).isFalse();
        assertThat(TextRules.isName("Trần_Thị@Bình")).isFalse();
        assertThat(TextRules.isName("' -")).isFalse();
        assertThat(TextRules.isName("12345")).isFalse();
    }

    @Test
    void datesOfBirthRunFrom1900ToToday() {
        assertThat(TextRules.isBirthDate("1900-01-01", TODAY, true)).isTrue();
        assertThat(TextRules.isBirthDate(TODAY.toString(), TODAY, true)).isTrue();
        assertThat(TextRules.isBirthDate("1899-12-31", TODAY, true)).isFalse();
        assertThat(TextRules.isBirthDate("0000-01-01", TODAY, true)).isFalse();
        assertThat(TextRules.isBirthDate("9999-12-31", TODAY, true)).isFalse();
        assertThat(TextRules.isBirthDate(TODAY.plusDays(1).toString(), TODAY, true)).isFalse();
        // The child's date after today is the intake's own refusal (birth-date-in-the-future), not this rule's.
        assertThat(TextRules.isBirthDate(TODAY.plusDays(1).toString(), TODAY, false)).isTrue();
    }
}
