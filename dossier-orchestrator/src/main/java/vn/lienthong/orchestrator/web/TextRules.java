package vn.lienthong.orchestrator.web;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the intake accepts as text and as a date of birth, checked at the boundary so that nothing downstream (the
 * household register, the agencies, the database) ever sees it: the rules behind {@link PlainText},
 * {@link PersonName} and {@link BirthDate}.
 */
final class TextRules {

    /** The earliest date of birth of anyone in a dossier (issue 13: people born 1900 to today). */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /**
     * A name: Unicode letters and combining marks (typed in NFC or NFD, rule 10), spaces, apostrophes and hyphens,
     * with at least one letter. No digits, punctuation or symbols.
     */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M} '’ʼ-]*\\p{L}[\\p{L}\\p{M} '’ʼ-]*");

    private TextRules() {
    }

    /**
     * Text without control characters (line breaks and tabs allowed only in multi-line text), bidirectional
     * overrides and isolates (U+202A–U+202E, U+2066–U+2069), or lone surrogates.
     */
    static boolean isPlain(@Nullable String text, boolean multiline) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c <= Character.MAX_VALUE && Character.isSurrogate((char) c)) {
                return false; // a code point that is a surrogate stood alone: its pair is missing
            }
            if (Character.getType(c) == Character.CONTROL && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return false;
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return false;
            }
        }
        return true;
    }

    static boolean isName(@Nullable String text) {
        return text == null || NAME.matcher(text).matches();
    }

    /** Whether a date of birth, written YYYY-MM-DD, is on or after 1900-01-01 and, if asked, not after today. */
    static boolean isBirthDate(@Nullable String text, LocalDate today, boolean notAfterToday) {
        if (text == null) {
            return true;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (RuntimeException e) {
            return true; // not a date at all: @IsoDate says so
        }
        return !date.isBefore(EARLIEST_BIRTH) && !(notAfterToday && date.isAfter(today));
    }
}
