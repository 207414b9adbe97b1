package vn.lienthong.residence.domain.population;

import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.lienthong.contracts.Sex;

/**
 * DESIGN.md rule 1: a personal ID number is 12 digits, the registering unit's province code (3), the century/sex
 * digit (born 1900–1999: male 0, female 1; 2000–2099: 2/3; 2100–2199: 4/5), the last two digits of the birth
 * year, and six random digits. A girl born 2025 registered in Hà Nội: {@code 001325xxxxxx}.
 */
public final class PersonalIdNumbers {

    public static final int FIRST_BIRTH_YEAR = 1900;
    public static final int LAST_BIRTH_YEAR = 2199;
    /** Six random digits: 000000 to 999999. */
    public static final int SERIALS = 1_000_000;

    private static final Pattern FORMAT = Pattern.compile("[0-9]{12}");

    private PersonalIdNumbers() {
    }

    public static boolean isWellFormed(String number) {
        return FORMAT.matcher(number).matches();
    }

    public static boolean isBirthYearCovered(int year) {
        return year >= FIRST_BIRTH_YEAR && year <= LAST_BIRTH_YEAR;
    }

    public static int centurySexDigit(Sex sex, int birthYear) {
        if (!isBirthYearCovered(birthYear)) {
            throw new IllegalArgumentException("Birth year outside " + FIRST_BIRTH_YEAR + "–" + LAST_BIRTH_YEAR);
        }
        int century = (birthYear - FIRST_BIRTH_YEAR) / 100;
        return century * 2 + (sex == Sex.FEMALE ? 1 : 0);
    }

    /** The number for these facts and this serial (0 to 999,999). */
    public static String compose(String provinceCode, Sex sex, LocalDate dateOfBirth, int serial) {
        if (!provinceCode.matches("[0-9]{3}")) {
            throw new IllegalArgumentException("A province code has three digits");
        }
        if (serial < 0 || serial >= SERIALS) {
            throw new IllegalArgumentException("The serial has six digits");
        }
        int year = dateOfBirth.getYear();
        return provinceCode + centurySexDigit(sex, year) + "%02d".formatted(year % 100) + "%06d".formatted(serial);
    }

    /** The province code a number was registered under: its first three digits. */
    public static String provinceOf(String number) {
        if (!isWellFormed(number)) {
            throw new IllegalArgumentException("A personal ID number has 12 digits");
        }
        return number.substring(0, 3);
    }
}
