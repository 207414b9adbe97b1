package vn.lienthong.civilregistry.domain;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The shape of a personal ID number (số định danh cá nhân): 12 digits. The population registry assigns them. */
public final class PersonalIdNumbers {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    private PersonalIdNumbers() {
    }

    public static boolean isWellFormed(@Nullable String number) {
        return number != null && TWELVE_DIGITS.matcher(number).matches();
    }
}
