package vn.lienthong.civilregistry.birth;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Vietnamese text as the registry keeps and compares it. A name typed on one keyboard arrives composed
 * (NFC: "ễ" as one code point) and on another decomposed (NFD: "e" + two combining marks); both are the
 * same name, so text is stored in NFC and compared after folding case as well.
 */
public final class VietnameseText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** The text in NFC with its whitespace trimmed and collapsed; null stays null. */
    public static @Nullable String stored(@Nullable String text) {
        if (text == null) {
            return null;
        }
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    /** The form in which two texts are equal exactly when they differ only in case, normalisation or spacing. */
    public static String folded(String text) {
        // Lower-casing may decompose a few characters, so normalise again afterwards.
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(Normalizer.normalize(lower, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }
}
