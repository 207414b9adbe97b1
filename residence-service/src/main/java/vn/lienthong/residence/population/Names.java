package vn.lienthong.residence.population;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text (DESIGN.md rule 10): stored in Unicode NFC, compared ignoring case and normalisation form. */
public final class Names {

    private Names() {
    }

    /** The stored form: NFC, trimmed, inner runs of white space made one space. Input in NFD is accepted. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** The form two texts are compared in: equal keys mean the same name. */
    public static String comparisonKey(String text) {
        return normalise(text).toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return comparisonKey(a).equals(comparisonKey(b));
    }
}
