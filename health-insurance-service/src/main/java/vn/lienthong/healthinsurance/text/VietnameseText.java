package vn.lienthong.healthinsurance.text;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Vietnamese text as this service keeps and compares it. The same name typed on two keyboards can
 * arrive composed (NFC) or decomposed (NFD); it is stored in NFC and compared by a key that ignores
 * the form, letter case and runs of spaces.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** The text in NFC with its outer spaces trimmed and inner runs of white space made one space. */
    public static String stored(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** The text as compared: stored form, lower case ({@code Đ} becomes {@code đ}), again in NFC. */
    public static String comparisonKey(String text) {
        return Normalizer.normalize(stored(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    public static boolean same(@Nullable String a, @Nullable String b) {
        return a != null && b != null && comparisonKey(a).equals(comparisonKey(b));
    }
}
