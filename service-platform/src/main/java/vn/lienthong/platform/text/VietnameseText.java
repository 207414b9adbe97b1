package vn.lienthong.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * DESIGN.md rule 10: names and text are stored in Unicode NFC (input in NFD is accepted), and compared ignoring
 * case and normalisation form. Spacing is tidied too: a name typed with a double space is the same name.
 */
public final class VietnameseText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** The stored form: NFC, outer white space trimmed, inner runs of white space made one space. */
    public static String stored(String text) {
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    /**
     * The form two texts are compared in: equal keys exactly when they differ only in case, normalisation form or
     * spacing. Lower-casing can decompose a few characters, hence NFC again after it.
     */
    public static String comparisonKey(String text) {
        return Normalizer.normalize(stored(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** Whether two texts are the same under {@link #comparisonKey}; nothing is the same as a missing text. */
    public static boolean same(@Nullable String a, @Nullable String b) {
        return a != null && b != null && comparisonKey(a).equals(comparisonKey(b));
    }
}
